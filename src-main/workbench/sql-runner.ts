/**
 * The SQL console's own process (see sql-console-process.ts): receives one run over IPC, runs it
 * with `runSql` on the lesson database, sends the result back and exits. It exists so that the
 * backend can SIGKILL a statement that never returns from SQLite; the console's single
 * transaction means a kill mid-way leaves the file as it was.
 */
import { Worker } from 'node:worker_threads';
import type { SqlRunResult } from '../contract/workbench.js';
import { openLessonConnection } from './lesson-connection.js';
import { runSql } from './sql-console.js';

/** What the backend sends: one run. */
export interface SqlRunnerRequest {
  databasePath: string;
  sql: string;
  maxRows: number;
  /** When the backend kills this process; the watchdog's backstop should it not. */
  deadlineMs: number;
}

/** What the runner answers: the console's result, or why it could not produce one. */
export type SqlRunnerReply = { result: SqlRunResult } | { failure: string };

function run({ databasePath, sql, maxRows }: SqlRunnerRequest): SqlRunnerReply {
  try {
    const db = openLessonConnection(databasePath, false);
    try {
      return { result: runSql(db, sql, maxRows) };
    } finally {
      db.close();
    }
  } catch (error) {
    return { failure: error instanceof Error ? error.message : String(error) };
  }
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
  process.send!(run(request), () => process.exit(0));
});
// The backend holds the IPC channel: if it goes while no statement runs, so do we.
process.once('disconnect', () => process.exit(0));
