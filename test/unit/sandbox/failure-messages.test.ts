import { describe, expect, it } from 'vitest';
import {
  exitFailure,
  explainAccessDenied,
  memoryFailure,
  startTimeoutFailure,
} from '../../../src-main/sandbox/failure-messages.js';

const workspaceDir = '/data/ws';
const context = { workspaceDir, memoryMb: 256 };
const crashed = { code: 1, signal: null };

/** As Node 20 prints a refused call that nobody caught. */
function deniedOutput(permission: string, resource: string): string {
  return [
    'Error: Access to this API has been restricted',
    '    at Object.openSync (node:fs:573:18)',
    '    at Object.<anonymous> (/data/ws/server.ts:4:18) {',
    "  code: 'ERR_ACCESS_DENIED',",
    `  permission: '${permission}',`,
    `  resource: ${resource}`,
    '}',
    '',
    'Node.js v20.20.2',
  ].join('\n');
}

describe('explainAccessDenied', () => {
  it('names the file a read was refused for', () => {
    expect(explainAccessDenied(deniedOutput('FileSystemRead', "'/etc/passwd'"), workspaceDir)).toBe(
      'Your server tried to read a file outside its workspace (/etc/passwd) and was stopped.',
    );
  });

  it('resolves a relative path against the workspace, and reads either quote style', () => {
    expect(explainAccessDenied(deniedOutput('FileSystemWrite', '"../it\'s.txt"'), workspaceDir)).toBe(
      "Your server tried to write a file outside its workspace (/data/it's.txt) and was stopped.",
    );
  });

  it('explains child processes and workers', () => {
    expect(explainAccessDenied(deniedOutput('ChildProcess', "''"), workspaceDir)).toContain(
      'tried to start another program (child_process), which the sandbox does not allow, and was stopped.',
    );
    expect(explainAccessDenied(deniedOutput('WorkerThreads', "''"), workspaceDir)).toContain('worker thread');
  });

  it('falls back to Node’s own words for refusals without a named permission', () => {
    const output = [
      'Error [ERR_ACCESS_DENIED]: process.binding',
      '    at x (/data/ws/server.ts:1:1) {',
      "  code: 'ERR_ACCESS_DENIED',",
      "  permission: '',",
      "  resource: ''",
      '}',
    ].join('\n');
    expect(explainAccessDenied(output, workspaceDir)).toBe(
      'Your server tried to do something the sandbox does not allow (process.binding) and was stopped.',
    );
  });

  it('says nothing about output without a refusal', () => {
    expect(explainAccessDenied('TypeError: x is not a function', workspaceDir)).toBeUndefined();
  });
});

describe('exitFailure', () => {
  it('names the error and the first learner frame, workspace-relative', () => {
    const output = [
      '/data/ws/routes/notes.ts:7',
      '  return row.text;',
      '             ^',
      '',
      "TypeError: Cannot read properties of undefined (reading 'text')",
      '    at firstNote (/data/ws/routes/notes.ts:7:14)',
      '    at Object.<anonymous> (/data/ws/server.ts:3:1)',
    ].join('\n');
    expect(exitFailure(crashed, output, 'starting', context)).toEqual({
      reason: 'crash',
      message:
        "Your server crashed before it started listening: TypeError: Cannot read properties of undefined (reading 'text') (at routes/notes.ts:7:14)",
      output,
    });
  });

  it('skips frames outside the workspace', () => {
    const output = [
      'SqliteError: no such table: notes',
      '    at Database.prepare (/app/node_modules/better-sqlite3/lib/methods/wrappers.js:5:21)',
      '    at /data/ws/db.ts:4:6',
    ].join('\n');
    expect(exitFailure(crashed, output, 'running', context).message).toBe(
      'Your server crashed: SqliteError: no such table: notes (at db.ts:4:6)',
    );
  });

  it('names the crash, not an earlier error the server logged', () => {
    const output = 'Error: could not reach the mail server, retrying\nRangeError: Invalid array length\n    at grow (/data/ws/list.ts:3:9)';
    expect(exitFailure(crashed, output, 'running', context).message).toBe(
      'Your server crashed: RangeError: Invalid array length (at list.ts:3:9)',
    );
  });

  it('recognises a plain Error and one with a code', () => {
    const plain = 'Error: the port is taken\n    at /data/ws/server.ts:9:3';
    expect(exitFailure(crashed, plain, 'running', context).message).toBe(
      'Your server crashed: Error: the port is taken (at server.ts:9:3)',
    );
    const coded = "Error [ERR_INVALID_ARG_TYPE]: The \"path\" argument must be of type string\n    at /data/ws/db.ts:2:1";
    expect(exitFailure(crashed, coded, 'running', context).message).toBe(
      'Your server crashed: Error [ERR_INVALID_ARG_TYPE]: The "path" argument must be of type string (at db.ts:2:1)',
    );
  });

  it('falls back to the exit code or signal when nothing looks like an error', () => {
    expect(exitFailure({ code: 3, signal: null }, 'bye', 'running', context).message).toBe('Your server crashed: exit code 3');
    expect(exitFailure({ code: null, signal: 'SIGSEGV' }, '', 'running', context).message).toBe(
      'Your server crashed: killed by SIGSEGV',
    );
  });

  it('calls a clean exit "not listening"', () => {
    expect(exitFailure({ code: 0, signal: null }, '', 'starting', context)).toMatchObject({
      reason: 'not-listening',
      message: expect.stringContaining('did you forget to call app.listen(process.env.PORT)?'),
    });
    expect(exitFailure({ code: 0, signal: null }, '', 'running', context).message).toContain('exited on its own');
  });

  it('recognises V8 running out of heap as a memory failure', () => {
    const output = 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory';
    expect(exitFailure({ code: null, signal: 'SIGABRT' }, output, 'starting', context).reason).toBe('memory');
  });

  it('explains a permission refusal rather than the raw error', () => {
    const failure = exitFailure(crashed, deniedOutput('FileSystemRead', "'/etc/hostname'"), 'starting', context);
    expect(failure.message).toBe('Your server tried to read a file outside its workspace (/etc/hostname) and was stopped.');
  });

  it('passes on what a guard refused, in the guard’s own words', () => {
    const output = [
      '/data/ws/.build/server.cjs:5',
      'SandboxError: The sandbox does not allow ATTACH: keep your tables in the lesson database (process.env.DATABASE_PATH).',
      '    at Object.<anonymous> (/data/ws/server.ts:5:4)',
    ].join('\n');
    expect(exitFailure(crashed, output, 'starting', context)).toMatchObject({
      reason: 'crash',
      message: 'Your server was stopped: The sandbox does not allow ATTACH: keep your tables in the lesson database (process.env.DATABASE_PATH).',
    });
  });
});

describe('limit failures', () => {
  it('explain a start timeout with the port and seconds', () => {
    expect(startTimeoutFailure(4321, 5000, 'out').message).toBe(
      'Your server did not start listening on port 4321 within 5 s — is there an infinite loop before app.listen, ' +
        'or did you forget to call listen (with process.env.PORT)?',
    );
  });

  it('explain a memory stop with the limit', () => {
    expect(memoryFailure(128, '')).toMatchObject({ reason: 'memory', message: expect.stringContaining('more than 128 MB') });
  });
});
