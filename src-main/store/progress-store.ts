/** Which steps the learner has passed. The first pass is kept: re-running a passed step does not move its date. */
import type { Database, Statement } from 'better-sqlite3';
import type { StepProgress } from '../contract/api.js';

export class ProgressStore {
  private readonly insert: Statement<[string, string, string]>;
  private readonly selectAll: Statement<[], StepProgress>;

  constructor(db: Database) {
    this.insert = db.prepare(
      'INSERT INTO step_progress (lesson_id, step_id, passed_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
    );
    this.selectAll = db.prepare(
      'SELECT lesson_id AS lessonId, step_id AS stepId, passed_at AS passedAt FROM step_progress ORDER BY passed_at',
    );
  }

  markPassed(lessonId: string, stepId: string): void {
    this.insert.run(lessonId, stepId, new Date().toISOString());
  }

  all(): StepProgress[] {
    return this.selectAll.all();
  }
}
