/** Which steps the learner has passed. The first pass is kept: re-running a passed step does not move its date. */
import type { Database, Statement } from 'better-sqlite3';
import type { StepProgress } from '../contract/api.js';

export class ProgressStore {
  private readonly insert: Statement<[string, string, string]>;
  private readonly selectAll: Statement<[], StepProgress>;
  private readonly deleteStep: Statement<[string, string]>;

  constructor(db: Database) {
    this.insert = db.prepare(
      'INSERT INTO step_progress (lesson_id, step_id, passed_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
    );
    this.selectAll = db.prepare(
      'SELECT lesson_id AS lessonId, step_id AS stepId, passed_at AS passedAt FROM step_progress ORDER BY passed_at',
    );
    this.deleteStep = db.prepare('DELETE FROM step_progress WHERE lesson_id = ? AND step_id = ?');
  }

  /** True when this is the step's first pass (since it was last reset). */
  markPassed(lessonId: string, stepId: string): boolean {
    return this.insert.run(lessonId, stepId, new Date().toISOString()).changes > 0;
  }

  /** The steps are no longer passed, e.g. after the learner reset them. */
  forget(lessonId: string, stepIds: readonly string[]): void {
    for (const stepId of stepIds) this.deleteStep.run(lessonId, stepId);
  }

  all(): StepProgress[] {
    return this.selectAll.all();
  }
}
