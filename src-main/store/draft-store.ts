/** The learner's edited files, per lesson and path. A draft replaces the starter file it shadows. */
import type { Database, Statement } from 'better-sqlite3';
import type { WorkspaceFile } from '../contract/api.js';

export class DraftStore {
  private readonly upsert: Statement<[string, string, string, string]>;
  private readonly selectForLesson: Statement<[string], { path: string; content: string }>;
  private readonly deleteForLesson: Statement<[string]>;

  constructor(db: Database) {
    this.upsert = db.prepare(
      `INSERT INTO drafts (lesson_id, path, content, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (lesson_id, path) DO UPDATE SET content = excluded.content, updated_at = excluded.updated_at`,
    );
    this.selectForLesson = db.prepare('SELECT path, content FROM drafts WHERE lesson_id = ? ORDER BY path');
    this.deleteForLesson = db.prepare('DELETE FROM drafts WHERE lesson_id = ?');
  }

  save(lessonId: string, path: string, content: string): void {
    this.upsert.run(lessonId, path, content, new Date().toISOString());
  }

  /** Drafts of one lesson, keyed by path. */
  forLesson(lessonId: string): Map<string, string> {
    return new Map(this.selectForLesson.all(lessonId).map((row) => [row.path, row.content]));
  }

  /** Drops every draft of the lesson and keeps only these (none: the lesson is back to its starter). */
  replaceForLesson(lessonId: string, drafts: readonly WorkspaceFile[]): void {
    this.deleteForLesson.run(lessonId);
    for (const draft of drafts) this.save(lessonId, draft.path, draft.content);
  }
}
