/** Runs a lesson's seed SQL on a throwaway in-memory database, so a typo is reported when the catalog loads, not when a learner opens the lesson. */
import Database from 'better-sqlite3';
import { LessonError } from './lesson-error.js';

export function validateSeed(sql: string, file: string): void {
  const db = new Database(':memory:');
  try {
    db.exec(sql);
  } catch (error) {
    throw new LessonError(file, `the SQL does not run: ${(error as Error).message}`);
  } finally {
    db.close();
  }
}
