/**
 * Events the backend pushes to the renderer over the one WebSocket, `/api/events`.
 * The renderer authenticates by sending `{ type: 'hello', token }` as its first message.
 */
import type { CheckResult, CheckRun } from './api.js';
import type { WorkbenchEvent } from './workbench.js';

export type LearnerServerStatus = 'starting' | 'running' | 'stopped' | 'crashed' | 'killed';

export type ServerEvent =
  | { type: 'ready' }
  | { type: 'server.status'; lessonId: string; status: LearnerServerStatus; message?: string; port?: number }
  | { type: 'server.output'; lessonId: string; stream: 'stdout' | 'stderr'; text: string; at: number }
  | { type: 'check.started'; runId: string; lessonId: string; stepId: string; total: number }
  | { type: 'check.result'; runId: string; lessonId: string; result: CheckResult }
  | { type: 'check.finished'; run: CheckRun }
  | WorkbenchEvent;

export type ClientMessage = { type: 'hello'; token: string };

/** The close code of a socket whose hello was missing or carried the wrong token. */
export const CLOSE_UNAUTHORIZED = 4401;
