/**
 * Why a learner's server is not running, in the learner's words. Everything here is pure: it reads
 * what the process printed and how it ended, and says what happened and what to look at.
 */
import { relative, resolve, sep } from 'node:path';
import type { ServerFailure } from '../contract/api.js';

export type Phase = 'starting' | 'running';

export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export function syntaxFailure(message: string): ServerFailure {
  return { reason: 'syntax', message, output: '' };
}

export function startTimeoutFailure(port: number, timeoutMs: number, output: string): ServerFailure {
  return {
    reason: 'start-timeout',
    message:
      `Your server did not start listening on port ${port} within ${timeoutMs / 1000} s — is there an ` +
      'infinite loop before app.listen, or did you forget to call listen (with process.env.PORT)?',
    output,
  };
}

export function memoryFailure(limitMb: number, output: string): ServerFailure {
  return {
    reason: 'memory',
    message:
      `Your server used more than ${limitMb} MB of memory and was stopped — is something growing ` +
      'without end, like an array or Buffers filled in a loop?',
    output,
  };
}

/** How the permission model names what it refused (`permission: '…'` in the printed error). */
const deniedActivities: Record<string, (path: string) => string> = {
  FileSystemRead: (path) => `tried to read a file outside its workspace${path}`,
  FileSystemWrite: (path) => `tried to write a file outside its workspace${path}`,
  ChildProcess: () => 'tried to start another program (child_process), which the sandbox does not allow,',
  WorkerThreads: () => 'tried to start a worker thread (worker_threads), which the sandbox does not allow,',
  Inspector: () => 'tried to open the debugger (inspector), which the sandbox does not allow,',
};

function lastMatch(output: string, pattern: RegExp): string | undefined {
  return [...output.matchAll(pattern)].at(-1)?.[1];
}

/**
 * The refused path as ` (/absolute/path)`, or '' when there is none. Node prints it as the code
 * wrote it (relative to the cwd, the workspace), quoted by util.inspect in '…' or "…".
 */
function deniedPath(output: string, workspaceDir: string): string {
  const quoted = lastMatch(output, /resource: ('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/g);
  const path = quoted?.slice(1, -1).replace(/\\(.)/g, '$1');
  return path ? ` (${resolve(workspaceDir, path)})` : '';
}

/** Node prints a refused call as an error object with `code: 'ERR_ACCESS_DENIED'`. */
export function explainAccessDenied(output: string, workspaceDir: string): string | undefined {
  if (!output.includes('ERR_ACCESS_DENIED')) return undefined;
  const activity = deniedActivities[lastMatch(output, /permission: '(\w*)'/g) ?? ''];
  if (activity !== undefined) return `Your server ${activity(deniedPath(output, workspaceDir))} and was stopped.`;
  const detail = lastMatch(output, /\[ERR_ACCESS_DENIED\]: (.+)$/gm);
  return `Your server tried to do something the sandbox does not allow${detail ? ` (${detail})` : ''} and was stopped.`;
}

/**
 * The app's own guards (sqlite-guard.cjs, signal-guard.cjs) throw a `SandboxError` whose message
 * already says what was refused and what to do instead.
 */
export function explainGuardRefusal(output: string): string | undefined {
  const refusal = lastMatch(output, /^SandboxError: (.+)$/gm);
  return refusal === undefined ? undefined : `Your server was stopped: ${refusal}`;
}

/**
 * The error line Node prints for an uncaught exception, e.g. `TypeError: x is not a function`:
 * the last one, as the crash is the last thing a process prints (and earlier lines may be the
 * learner's own logging). A `[cause]` is indented, so it never counts.
 */
function errorHeadline(output: string): string | undefined {
  return lastMatch(output, /^((?:[A-Z]\w*)?(?:Error|Exception)\b.*)$/gm);
}

/** The first stack frame in the learner's own files, workspace-relative (source-mapped to .ts). */
function learnerLocation(output: string, workspaceDir: string): string | undefined {
  for (const [, file, line, column] of output.matchAll(/^\s+at (?:.*\()?(\/[^():]+):(\d+):(\d+)\)?$/gm)) {
    if (file?.startsWith(workspaceDir + sep)) return `${relative(workspaceDir, file)}:${line}:${column}`;
  }
  return undefined;
}

function describeCrash(output: string, exit: ProcessExit, workspaceDir: string): string {
  const headline = errorHeadline(output);
  if (headline === undefined) {
    return exit.signal === null ? `exit code ${exit.code}` : `killed by ${exit.signal}`;
  }
  const location = learnerLocation(output, workspaceDir);
  return location === undefined ? headline : `${headline} (at ${location})`;
}

/** A process that ended on its own, while starting or after it was up. */
export function exitFailure(
  exit: ProcessExit,
  output: string,
  phase: Phase,
  context: { workspaceDir: string; memoryMb: number },
): ServerFailure {
  if (/JavaScript heap out of memory/.test(output)) return memoryFailure(context.memoryMb, output);
  const denied = explainAccessDenied(output, context.workspaceDir) ?? explainGuardRefusal(output);
  if (denied !== undefined) return { reason: 'crash', message: denied, output };
  if (exit.code === 0) {
    const message =
      phase === 'starting'
        ? 'Your server finished without listening on a port — did you forget to call app.listen(process.env.PORT)?'
        : 'Your server exited on its own and is no longer listening — did something call process.exit()?';
    return { reason: 'not-listening', message, output };
  }
  const when = phase === 'starting' ? ' before it started listening' : '';
  const what = describeCrash(output, exit, context.workspaceDir);
  return { reason: 'crash', message: `Your server crashed${when}: ${what}`, output };
}
