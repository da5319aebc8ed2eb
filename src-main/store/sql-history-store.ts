/** What the learner ran in the SQL console, per lesson, newest first; the oldest beyond the cap are dropped. */
import type { Database, Statement } from 'better-sqlite3';
import type { SqlHistoryEntry } from '../contract/workbench.js';

export const SQL_HISTORY_CAP = 200;

export class SqlHistoryStore {
  private readonly insert: Statement<[string, string, string, number, number, string | null]>;
  private readonly trim: Statement<[string, string, number]>;
  private readonly selectForLesson: Statement<[string], { id: number; sql: string; ranAt: string; ok: number; durationMs: number; error: string | null }>;

  constructor(private readonly db: Database) {
    this.insert = db.prepare('INSERT INTO sql_history (lesson_id, sql, ran_at, ok, duration_ms, error) VALUES (?, ?, ?, ?, ?, ?)');
    this.trim = db.prepare(
      'DELETE FROM sql_history WHERE lesson_id = ? AND id NOT IN (SELECT id FROM sql_history WHERE lesson_id = ? ORDER BY id DESC LIMIT ?)',
    );
    this.selectForLesson = db.prepare(
      'SELECT id, sql, ran_at AS ranAt, ok, duration_ms AS durationMs, error FROM sql_history WHERE lesson_id = ? ORDER BY id DESC',
    );
  }

  add(lessonId: string, entry: Omit<SqlHistoryEntry, 'id' | 'ranAt'>): void {
    this.db.transaction(() => {
      this.insert.run(lessonId, entry.sql, new Date().toISOString(), entry.ok ? 1 : 0, entry.durationMs, entry.error ?? null);
      this.trim.run(lessonId, lessonId, SQL_HISTORY_CAP);
    })();
  }

  forLesson(lessonId: string): SqlHistoryEntry[] {
    return this.selectForLesson.all(lessonId).map((row) => ({
      id: row.id,
      sql: row.sql,
      ranAt: row.ranAt,
      ok: row.ok === 1,
      durationMs: row.durationMs,
      ...(row.error === null ? {} : { error: row.error }),
    }));
  }
}
