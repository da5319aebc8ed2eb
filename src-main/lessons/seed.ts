/**
 * A lesson has two seeds: `seed.sql` fills the learner's database, `seed-2.sql` holds different
 * data in the same tables, so the verifier can prove that no check passes on hard-coded answers.
 * Both run here on throwaway in-memory databases, so a typo is reported when the catalog loads,
 * not when a learner opens the lesson.
 */
import Database from 'better-sqlite3';
import { quoteIdentifier } from '../sqlite/quote-identifier.js';
import { LessonError } from './lesson-error.js';

export interface SeedSource {
  /** Absolute path, for messages. */
  file: string;
  sql: string;
}

type Db = InstanceType<typeof Database>;

function openSeeded(seed: SeedSource): Db {
  const db = new Database(':memory:');
  try {
    db.exec(seed.sql);
    return db;
  } catch (error) {
    db.close();
    throw new LessonError(seed.file, `the SQL does not run: ${(error as Error).message}`);
  }
}

function tableNames(db: Db): string[] {
  const rows = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name").all() as { name: string }[];
  return rows.map((row) => row.name);
}

/** Tables and their columns (name, type, constraints): comments and spacing in the SQL do not count. */
function schemaOf(db: Db): string {
  const tables = tableNames(db).map((name) => ({ name, columns: db.pragma(`table_info(${quoteIdentifier(name)})`) }));
  return JSON.stringify(tables);
}

function dataOf(db: Db): string {
  return JSON.stringify(tableNames(db).map((name) => db.prepare(`SELECT * FROM ${quoteIdentifier(name)}`).all()));
}

/** Throws a LessonError naming the seed to fix when either does not run, their tables differ, or their data is the same. */
export function validateSeeds(first: SeedSource, second: SeedSource): void {
  const a = openSeeded(first);
  try {
    const b = openSeeded(second);
    try {
      if (schemaOf(a) !== schemaOf(b)) {
        throw new LessonError(second.file, 'it must create the same tables and columns as seed.sql (only the data should differ)');
      }
      if (dataOf(a) === dataOf(b)) {
        throw new LessonError(second.file, 'it holds the same data as seed.sql; use different rows so that hard-coded answers fail');
      }
    } finally {
      b.close();
    }
  } finally {
    a.close();
  }
}
