/**
 * One connection to a lesson's database, opened the same way wherever it is opened (the backend,
 * the SQL console's own process): the learner's server may hold the file too, and a busy timeout
 * waits out its write.
 */
import Database from 'better-sqlite3';

/** Long enough for the learner's server to finish a write; short enough that a stuck one gets a clear error. */
const BUSY_TIMEOUT_MS = 3000;

export function openLessonConnection(databasePath: string, readonly: boolean): Database.Database {
  const db = new Database(databasePath, { readonly, fileMustExist: true });
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  return db;
}
