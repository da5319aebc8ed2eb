/**
 * Starts the backend (src-main/server) as a child of whoever runs this — the Electron main
 * process or `npm start` — and waits for its ready line, the only way its port and per-launch
 * token reach the launcher.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { parseReadyLine, type ReadyInfo } from '../server/ready-line.js';
import { terminate } from './terminate.js';

export type LogStream = 'stdout' | 'stderr';

export interface LaunchOptions {
  /** The Node that runs the backend: the one that installed the project, never Electron's own binary. */
  nodePath: string;
  /** The built backend bundle (see built-files.ts). */
  backendEntry: string;
  /** Sets BACKEND_SANDBOX_DATA_DIR; without it the backend takes the variable from `env` or its own default. */
  dataDir?: string;
  /** Added to this process's environment for the backend. */
  env?: NodeJS.ProcessEnv;
  /** Every line the backend prints except the ready line. */
  onLog?: (line: string, stream: LogStream) => void;
  readyTimeoutMs?: number;
  /** How long stop() waits after SIGTERM before it SIGKILLs. */
  stopGraceMs?: number;
}

type BackendChild = ChildProcessByStdio<Writable, Readable, Readable>;

export interface RunningBackend extends ReadyInfo {
  /** The app's origin with a trailing slash: `http://127.0.0.1:<port>/`. */
  url: string;
  child: BackendChild;
  /** Stops the backend and with it every learner process it runs; safe to call more than once. */
  stop(): Promise<void>;
}

const STDERR_TAIL_LINES = 20;

export async function launchBackend(options: LaunchOptions): Promise<RunningBackend> {
  const child = spawn(options.nodePath, [options.backendEntry], {
    // stdin is a pipe nobody writes to: the backend exits when it closes, i.e. when this process
    // dies in any way, even SIGKILL, so it never outlives its launcher.
    stdio: ['pipe', 'pipe', 'pipe'],
    env: backendEnv(options),
  });
  const stderrTail: string[] = [];
  forwardLines(child.stderr, (line) => {
    stderrTail.push(line);
    if (stderrTail.length > STDERR_TAIL_LINES) stderrTail.shift();
    options.onLog?.(line, 'stderr');
  });
  try {
    const info = await waitForReady(child, options, stderrTail);
    const graceMs = options.stopGraceMs ?? 5_000;
    let stopping: Promise<void> | undefined;
    return { ...info, url: `http://127.0.0.1:${info.port}/`, child, stop: () => (stopping ??= terminate(child, graceMs)) };
  } catch (error) {
    // A backend that never became ready has started nothing that needs a graceful stop.
    await terminate(child, 0);
    throw error;
  }
}

function backendEnv(options: LaunchOptions): NodeJS.ProcessEnv {
  const dataDir = options.dataDir === undefined ? {} : { BACKEND_SANDBOX_DATA_DIR: options.dataDir };
  return { ...process.env, ...options.env, ...dataDir };
}

/** Resolves with the ready line's info; rejects if the backend fails to start, exits, or takes too long. */
function waitForReady(child: BackendChild, options: LaunchOptions, stderrTail: string[]): Promise<ReadyInfo> {
  const timeoutMs = options.readyTimeoutMs ?? 10_000;
  return new Promise((resolve, reject) => {
    let waiting = true;
    const settle = (outcome: () => void): void => {
      if (!waiting) return;
      waiting = false;
      clearTimeout(timer);
      child.off('close', onClose).off('error', onError);
      outcome();
    };
    const fail = (what: string): void => settle(() => reject(new Error(`${what} ${describeTail(stderrTail)}`)));
    const timer = setTimeout(
      () => fail(`The backend (${options.backendEntry}) did not print its ready line within ${timeoutMs / 1000} s.`),
      timeoutMs,
    );
    // 'close' rather than 'exit': by then every line it printed has been read into the tail.
    const onClose = (code: number | null, signal: NodeJS.Signals | null): void =>
      fail(`The backend (${options.backendEntry}) exited (${signal ?? `code ${code}`}) before it was ready.`);
    const onError = (error: Error): void => fail(`Could not start the backend with ${options.nodePath}: ${error.message}.`);
    child.once('close', onClose).once('error', onError);
    forwardLines(child.stdout, (line) => {
      const info = waiting ? parseReadyLine(line) : undefined;
      if (info) settle(() => resolve(info));
      else options.onLog?.(line, 'stdout');
    });
  });
}

/** Keeps reading for the child's whole life, so a full pipe never blocks the backend. */
function forwardLines(stream: Readable, onLine: (line: string) => void): void {
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', onLine);
}

function describeTail(lines: string[]): string {
  return lines.length === 0 ? 'It printed nothing on stderr.' : `Its last output on stderr:\n${lines.join('\n')}`;
}
