/**
 * Versioned schema of the app store. Each migration runs once, in order, inside a transaction,
 * and `PRAGMA user_version` records how far a database has come. Never edit a migration that has
 * shipped: add a new one, so every learner's existing store upgrades without losing drafts.
 */
import type { Database } from 'better-sqlite3';

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const migrations: Migration[] = [
  {
    version: 1,
    description: 'drafts, step progress and settings',
    sql: `
      CREATE TABLE drafts (
        lesson_id  TEXT NOT NULL,
        path       TEXT NOT NULL,
        content    TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (lesson_id, path)
      );
      CREATE TABLE step_progress (
        lesson_id TEXT NOT NULL,
        step_id   TEXT NOT NULL,
        passed_at TEXT NOT NULL,
        PRIMARY KEY (lesson_id, step_id)
      );
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    description: 'step snapshots: the learner\'s files as they were when each step began',
    sql: `
      CREATE TABLE step_snapshots (
        lesson_id TEXT NOT NULL,
        step_id   TEXT NOT NULL,
        path      TEXT NOT NULL,
        content   TEXT NOT NULL,
        taken_at  TEXT NOT NULL,
        PRIMARY KEY (lesson_id, step_id, path)
      );
    `,
  },
  {
    version: 3,
    description: 'workbench history: requests sent from the HTTP client and SQL run in the console',
    sql: `
      CREATE TABLE http_history (
        id         INTEGER PRIMARY KEY,
        lesson_id  TEXT NOT NULL,
        sent_at    TEXT NOT NULL,
        request    TEXT NOT NULL,
        status     INTEGER,
        duration_ms INTEGER,
        size       INTEGER,
        error      TEXT
      );
      CREATE INDEX http_history_by_lesson ON http_history (lesson_id, id);
      CREATE TABLE sql_history (
        id          INTEGER PRIMARY KEY,
        lesson_id   TEXT NOT NULL,
        sql         TEXT NOT NULL,
        ran_at      TEXT NOT NULL,
        ok          INTEGER NOT NULL,
        duration_ms INTEGER NOT NULL,
        error       TEXT
      );
      CREATE INDEX sql_history_by_lesson ON sql_history (lesson_id, id);
    `,
  },
];

export function currentVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies every migration newer than the database; returns the versions applied. */
export function migrate(db: Database, all: Migration[] = migrations): number[] {
  const from = currentVersion(db);
  const newest = all.at(-1)?.version ?? 0;
  if (from > newest) {
    throw new Error(`The app store is at schema version ${from}, newer than this app knows (${newest}). Update the app.`);
  }
  const pending = all.filter((m) => m.version > from);
  for (const migration of pending) {
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return pending.map((m) => m.version);
}
