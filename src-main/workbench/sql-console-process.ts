/**
 * Runs the SQL console in a process of its own (sql-runner.ts), one per run, with a deadline.
 * better-sqlite3 cannot interrupt a statement, and one that does all its work in a single step
 * (a count over a huge cross join, a recursive CTE with no end) would hold the backend's event
 * loop and freeze the whole app. In a child it holds only the child, and SIGKILL stops it: the
 * console's one transaction was never committed, so the file is as it was. A fresh process per
 * run costs a Node start: SELECT 1 takes ~85 ms end to end instead of ~3 ms in the backend (see
 * bench/sql-console.ts), fine for a console, and leaves nothing to keep alive or respawn.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ExportFormat, SqlRunResult } from '../contract/workbench.js';
import { HttpError } from '../server/http/http-error.js';
import { noChanges } from './change-tracker.js';
import type { ExportFile } from './export-rows.js';
import type { SqlRunnerReply, SqlRunnerRequest } from './sql-runner.js';

export const DEFAULT_SQL_DEADLINE_MS = 5000;

/** Omit over each member of a union, keeping it a union. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * From source (tests, tsx) the runner is the TypeScript file beside this one, loaded through tsx;
 * built, this code is inside dist/backend/main.mjs and esbuild put sql-runner.mjs beside it.
 */
const fromSource = import.meta.url.endsWith('.ts');
const runnerPath = fileURLToPath(new URL(fromSource ? './sql-runner.ts' : './sql-runner.mjs', import.meta.url));
const runnerExecArgv = fromSource ? ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href] : [];

export class SqlConsoleProcess {
  private readonly running = new Set<ChildProcess>();

  constructor(private readonly deadlineMs = DEFAULT_SQL_DEADLINE_MS) {}

  /** A console run; past the deadline, a result that says it was stopped. */
  async run(request: { databasePath: string; sql: string; maxRows: number }): Promise<SqlRunResult> {
    const started = performance.now();
    const reply = await this.ask({ kind: 'run', ...request });
    if (reply === 'deadline') return this.stopped(started);
    if ('result' in reply) return reply.result;
    throw new Error('failure' in reply ? reply.failure : 'The SQL console answered with something other than a result.');
  }

  /** One statement's rows as a file; a statement that does not run, or runs past the deadline, is the learner's to fix. */
  async export(request: { databasePath: string; sql: string; format: ExportFormat }): Promise<ExportFile> {
    const reply = await this.ask({ kind: 'export', ...request });
    if (reply === 'deadline') throw new HttpError(422, `The export ran for more than ${this.deadlineMs / 1000} s and was stopped.`);
    if ('export' in reply) return { body: Buffer.from(reply.export.bodyBase64, 'base64'), contentType: reply.export.contentType, truncated: reply.export.truncated };
    if ('failure' in reply) throw reply.badStatement ? new HttpError(400, reply.failure) : new Error(reply.failure);
    throw new Error('The SQL console answered with something other than an export.');
  }

  private ask(request: DistributiveOmit<SqlRunnerRequest, 'deadlineMs'>): Promise<SqlRunnerReply | 'deadline'> {
    // A clean environment, as for learner processes: inheriting the backend's (NODE_EXTRA_CA_CERTS
    // and the like) was measured to add ~70 ms to every start.
    const child = fork(runnerPath, [], { execArgv: runnerExecArgv, env: {}, stdio: ['ignore', 'ignore', 'inherit', 'ipc'], serialization: 'json' });
    this.running.add(child);
    return new Promise<SqlRunnerReply | 'deadline'>((resolve, reject) => {
      let answered = false;
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
      }, this.deadlineMs);
      // The runner closes the database before it answers, so the next run in the queue may start at once.
      child.once('message', (message) => {
        answered = true;
        clearTimeout(timer);
        resolve(message as SqlRunnerReply);
      });
      // `on`, not `once`: a failed spawn can report an error and then a failed send, and an
      // 'error' nobody listens to would take the backend down. The promise settles once anyway.
      child.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      // Only once it has exited are its locks on the file gone.
      child.once('exit', (code, signal) => {
        this.running.delete(child);
        clearTimeout(timer);
        if (answered) return;
        if (timedOut) resolve('deadline');
        else reject(new Error(`The SQL console's process stopped before it answered (${signal ?? `exit code ${code}`}).`));
      });
      child.send({ ...request, deadlineMs: this.deadlineMs } as SqlRunnerRequest, (error) => {
        if (error) reject(error);
      });
    });
  }

  /** On shutdown: nothing outlives the backend. */
  stopAll(): void {
    for (const child of this.running) child.kill('SIGKILL');
  }

  private stopped(started: number): SqlRunResult {
    const message = `The query ran for more than ${this.deadlineMs / 1000} s and was stopped; nothing was changed.`;
    return {
      ok: false,
      statements: [],
      changes: noChanges(),
      error: { message, statementIndex: 0, offset: 0, line: 1, column: 1 },
      durationMs: Math.round(performance.now() - started),
    };
  }
}
