/**
 * The learner's own SQL runs here, in a process of its own (see sql-console-process.ts): a console
 * run (`runSql`) or an export of one SELECT. It receives one request over IPC, answers and exits.
 * It exists so that the backend can SIGKILL a statement that never returns from SQLite; the
 * console's single transaction means a kill mid-way leaves the file as it was, and an export only
 * reads.
 */
import { Worker } from 'node:worker_threads';
import type { ExportFormat, SqlRunResult } from '../contract/workbench.js';
import { exportRows } from './export-rows.js';
import { openLessonConnection } from './lesson-connection.js';
import { runSql } from './sql-console.js';

interface RequestBase {
  databasePath: string;
  sql: string;
  /** When the backend kills this process; the watchdog's backstop should it not. */
  deadlineMs: number;
}

/** What the backend sends: one console run, or one statement to export. */
export type SqlRunnerRequest = (RequestBase & { kind: 'run'; maxRows: number }) | (RequestBase & { kind: 'export'; format: ExportFormat });

/** An export's file; the body travels as base64 over the JSON IPC channel. */
export interface ExportReply {
  bodyBase64: string;
  contentType: string;
  truncated: boolean;
}

/**
 * What the runner answers: the console's result, an export, or why it could not produce one
 * (`badStatement`: the learner's SQL is at fault, not the runner).
 */
export type SqlRunnerReply = { result: SqlRunResult } | { export: ExportReply } | { failure: string; badStatement?: boolean };

function answer(request: SqlRunnerRequest): SqlRunnerReply {
  try {
    const db = openLessonConnection(request.databasePath, request.kind === 'export');
    try {
      return request.kind === 'run' ? { result: runSql(db, request.sql, request.maxRows) } : exportStatement(db, request.sql, request.format);
    } finally {
      db.close();
    }
  } catch (error) {
    return { failure: error instanceof Error ? error.message : String(error) };
  }
}

function exportStatement(db: ReturnType<typeof openLessonConnection>, sql: string, format: ExportFormat): SqlRunnerReply {
  let statement;
  try {
    statement = db.prepare<unknown[], unknown[]>(sql);
  } catch (error) {
    return { failure: `That statement does not run: ${(error as Error).message}`, badStatement: true };
  }
  if (!statement.reader) return { failure: 'Export runs a statement that returns rows, such as SELECT.', badStatement: true };
  const file = exportRows(statement, [], format);
  return { export: { bodyBase64: file.body.toString('base64'), contentType: file.contentType, truncated: file.truncated } };
}

/** How often the watchdog looks for its parent, and how long past the deadline it waits. */
const WATCH_INTERVAL_MS = 250;
const BACKSTOP_GRACE_MS = 1000;

/**
 * SQLite holds the main thread until a statement returns, so nothing queued on it (the IPC
 * 'disconnect', a timer) runs meanwhile. A worker thread has its own loop: it ends the process
 * when the backend is gone (this process was re-parented), or when the run outlived its deadline
 * and the backend somehow did not kill it. Either way no runaway statement outlives the backend.
 */
function startWatchdog(deadlineMs: number): void {
  const watch = `
    const { parentPid, backstopMs, intervalMs } = require('node:worker_threads').workerData;
    const die = () => process.kill(process.pid, 'SIGKILL');
    setTimeout(die, backstopMs);
    setInterval(() => { if (process.ppid !== parentPid) die(); }, intervalMs);
  `;
  const workerData = { parentPid: process.ppid, backstopMs: deadlineMs + BACKSTOP_GRACE_MS, intervalMs: WATCH_INTERVAL_MS };
  new Worker(watch, { eval: true, workerData }).unref();
}

process.once('message', (request: SqlRunnerRequest) => {
  startWatchdog(request.deadlineMs);
  process.send!(answer(request), () => process.exit(0));
});
// The backend holds the IPC channel: if it goes while no statement runs, so do we.
process.once('disconnect', () => process.exit(0));
