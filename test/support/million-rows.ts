/**
 * A lesson database holding the lesson's seed plus `big`, a million-row table with an index on n
 * (every tenth n is NULL). Built before the backend seeds the file, rows made by SQLite itself in
 * one statement with no journal (nothing to roll back into on a fresh file), then switched to WAL
 * as a seeded lesson database is.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export const MILLION = 1_000_000;

export function buildMillionRowDatabase(path: string, seedSql: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.exec(seedSql);
    db.exec(`
      CREATE TABLE big (id INTEGER PRIMARY KEY, name TEXT NOT NULL, n INTEGER);
      INSERT INTO big (id, name, n)
        WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < ${MILLION})
        SELECT i, 'row ' || i, CASE WHEN i % 10 = 0 THEN NULL ELSE i % 1000 END FROM seq;
      CREATE INDEX big_by_n ON big (n);
    `);
    db.pragma('journal_mode = WAL');
  } finally {
    db.close();
  }
}
