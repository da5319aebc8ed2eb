/** The workbench routes of the first lesson, through a real backend, as the page calls them. */
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import type { TestBackend } from '../../support/backend.js';

export const LESSON = 'crud/01-first-endpoints';

export interface LessonApi {
  call(method: string, path: string, body?: unknown): Promise<Response>;
  /** Calls and expects this status; answers the parsed JSON body. */
  json<T>(method: string, path: string, body: unknown, status?: number): Promise<T>;
  /** The lesson database file, seeded if it was not yet. */
  databasePath(): Promise<string>;
}

export function lessonApi(backend: TestBackend): LessonApi {
  const call = (method: string, path: string, body?: unknown) =>
    backend.api(`/api/lessons/${LESSON}/${path}`, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const json = async <T>(method: string, path: string, body: unknown, status = 200): Promise<T> => {
    const res = await call(method, path, body);
    const text = await res.text();
    expect(res.status, text).toBe(status);
    return JSON.parse(text) as T;
  };
  return {
    call,
    json,
    databasePath: async () => {
      await json('GET', 'database/schema', undefined);
      return backend.services.workspaces.databasePathFor(backend.services.catalog.find(LESSON)!);
    },
  };
}

/** Works on the lesson database directly, as the learner's server would. */
export function withDatabase<T>(path: string, work: (db: Database.Database) => T): T {
  const db = new Database(path);
  try {
    db.pragma('busy_timeout = 3000');
    return work(db);
  } finally {
    db.close();
  }
}
