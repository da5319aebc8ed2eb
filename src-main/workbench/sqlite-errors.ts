/** SQLite's refusals that are about the learner's data or a busy file, as HTTP answers in SQLite's own words. */
import { HttpError } from '../server/http/http-error.js';

function statusFor(code: string): number | undefined {
  if (code.startsWith('SQLITE_CONSTRAINT')) return 409;
  if (code === 'SQLITE_MISMATCH' || code === 'SQLITE_TOOBIG' || code === 'SQLITE_RANGE') return 400;
  // The learner's server held a write lock for longer than the busy timeout.
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 503;
  return undefined;
}

export function sqliteCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('SQLITE_') ? error.code : undefined;
}

export function asHttpError(error: unknown): unknown {
  const code = sqliteCode(error);
  const status = code === undefined ? undefined : statusFor(code);
  return status === undefined ? error : new HttpError(status, `SQLite refused it: ${(error as Error).message}`);
}
