/**
 * The learner's files as they were when a step began, so "Reset step" can put them back. A step
 * begins when the step before it first passes; the first step has no snapshot (it begins at the starter).
 */
import type { Database, Statement } from 'better-sqlite3';
import type { WorkspaceFile } from '../contract/api.js';

export class SnapshotStore {
  private readonly deleteStep: Statement<[string, string]>;
  private readonly insert: Statement<[string, string, string, string, string]>;
  private readonly selectStep: Statement<[string, string], WorkspaceFile>;
  private readonly replaceStep: (lessonId: string, stepId: string, files: readonly WorkspaceFile[]) => void;

  constructor(db: Database) {
    this.deleteStep = db.prepare('DELETE FROM step_snapshots WHERE lesson_id = ? AND step_id = ?');
    this.insert = db.prepare('INSERT INTO step_snapshots (lesson_id, step_id, path, content, taken_at) VALUES (?, ?, ?, ?, ?)');
    this.selectStep = db.prepare('SELECT path, content FROM step_snapshots WHERE lesson_id = ? AND step_id = ? ORDER BY path');
    // One transaction: a snapshot is all of a step's files or none of them.
    this.replaceStep = db.transaction((lessonId: string, stepId: string, files: readonly WorkspaceFile[]) => {
      this.deleteStep.run(lessonId, stepId);
      const takenAt = new Date().toISOString();
      for (const file of files) this.insert.run(lessonId, stepId, file.path, file.content, takenAt);
    });
  }

  /** Records the files a step begins with, replacing any earlier snapshot of that step. */
  save(lessonId: string, stepId: string, files: readonly WorkspaceFile[]): void {
    this.replaceStep(lessonId, stepId, files);
  }

  /** The files the step began with, or undefined when it has no snapshot. */
  forStep(lessonId: string, stepId: string): WorkspaceFile[] | undefined {
    const files = this.selectStep.all(lessonId, stepId);
    return files.length > 0 ? files : undefined;
  }

  /** Forgets the snapshots of these steps of a lesson. */
  forget(lessonId: string, stepIds: readonly string[]): void {
    for (const stepId of stepIds) this.deleteStep.run(lessonId, stepId);
  }
}
