/** Requests the learner sent from the HTTP client, per lesson, newest first; the oldest beyond the cap are dropped. */
import type { Database, Statement } from 'better-sqlite3';
import type { HttpHistoryEntry } from '../contract/workbench.js';

export const HTTP_HISTORY_CAP = 100;

interface Row { id: number; sentAt: string; request: string; status: number | null; durationMs: number | null; size: number | null; error: string | null }

export type HttpOutcome = Pick<HttpHistoryEntry, 'status' | 'durationMs' | 'size' | 'error'>;

export class HttpHistoryStore {
  private readonly insert: Statement<[string, string, string, number | null, number | null, number | null, string | null]>;
  private readonly trim: Statement<[string, string, number]>;
  private readonly selectForLesson: Statement<[string], Row>;
  private readonly deleteForLesson: Statement<[string]>;

  constructor(private readonly db: Database) {
    this.insert = db.prepare(
      'INSERT INTO http_history (lesson_id, sent_at, request, status, duration_ms, size, error) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.trim = db.prepare(
      'DELETE FROM http_history WHERE lesson_id = ? AND id NOT IN (SELECT id FROM http_history WHERE lesson_id = ? ORDER BY id DESC LIMIT ?)',
    );
    this.selectForLesson = db.prepare(
      `SELECT id, sent_at AS sentAt, request, status, duration_ms AS durationMs, size, error
       FROM http_history WHERE lesson_id = ? ORDER BY id DESC`,
    );
    this.deleteForLesson = db.prepare('DELETE FROM http_history WHERE lesson_id = ?');
  }

  add(lessonId: string, request: HttpHistoryEntry['request'], outcome: HttpOutcome): number {
    return this.db.transaction(() => {
      const { lastInsertRowid } = this.insert.run(
        lessonId, new Date().toISOString(), JSON.stringify(request),
        outcome.status ?? null, outcome.durationMs ?? null, outcome.size ?? null, outcome.error ?? null,
      );
      this.trim.run(lessonId, lessonId, HTTP_HISTORY_CAP);
      return Number(lastInsertRowid);
    })();
  }

  forLesson(lessonId: string): HttpHistoryEntry[] {
    return this.selectForLesson.all(lessonId).map((row) => ({
      id: row.id,
      sentAt: row.sentAt,
      request: JSON.parse(row.request) as HttpHistoryEntry['request'],
      ...(row.status === null ? {} : { status: row.status }),
      ...(row.durationMs === null ? {} : { durationMs: row.durationMs }),
      ...(row.size === null ? {} : { size: row.size }),
      ...(row.error === null ? {} : { error: row.error }),
    }));
  }

  clear(lessonId: string): void {
    this.deleteForLesson.run(lessonId);
  }
}
