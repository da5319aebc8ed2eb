// Hostile or runaway learner code: each case is stopped or refused with a message the learner
// can act on, and the same Sandbox then starts a good server as if nothing happened.
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ServerFailure } from '../../../src-main/contract/api.js';
import { Sandbox, type SandboxLimits } from '../../../src-main/sandbox/sandbox.js';
import { useSandbox, isAlive, recordRun, type TestWorkspace } from '../../fixtures/sandbox/workspace.js';

const sandbox = new Sandbox();
const workspace = useSandbox(sandbox);
/**
 * A good server needs ~60 MB, so a 128 MB limit stops memory bombs sooner. Only the infinite loop
 * gets a short start timeout: elsewhere the default 5 s keeps a loaded machine from turning a
 * slow start (or a slow memory stop) into a timeout.
 */
const limits: Partial<SandboxLimits> = { memoryMb: 128 };
const loopLimits: SandboxLimits = { startTimeoutMs: 1500, memoryMb: 128 };

async function failureOf(
  fixture: string,
  fixtureLimits = limits,
): Promise<{ failure: ServerFailure; workspace: TestWorkspace; ms: number }> {
  const ws = await workspace(fixture);
  const started = performance.now();
  const result = await sandbox.start(recordRun(ws, fixtureLimits).options);
  if (result.ok) {
    await result.server.stop();
    throw new Error(`${fixture} was expected to fail to start`);
  }
  return { failure: result.failure, workspace: ws, ms: performance.now() - started };
}

async function expectGoodServerStillStarts(): Promise<void> {
  const result = await sandbox.start(recordRun(await workspace('good'), limits).options);
  if (!result.ok) throw new Error(`the good server failed after an attack: ${result.failure.message}`);
  expect((await fetch(`http://127.0.0.1:${result.server.port}/notes`)).status).toBe(200);
  await result.server.stop();
}

describe('runaway code', () => {
  it('stops an infinite loop before listen at the start timeout', async () => {
    const { failure, ms } = await failureOf('infinite-loop', loopLimits);

    expect(failure.reason).toBe('start-timeout');
    expect(failure.message).toMatch(
      /^Your server did not start listening on port \d+ within 1\.5 s — is there an infinite loop before app\.listen/,
    );
    expect(ms).toBeLessThan(loopLimits.startTimeoutMs + 1000);
    await expectGoodServerStillStarts();
  });

  it('stops a heap bomb', async () => {
    const { failure } = await failureOf('heap-bomb');

    expect(failure.reason).toBe('memory');
    expect(failure.message).toContain('Your server used more than 128 MB of memory and was stopped');
    await expectGoodServerStillStarts();
  });

  it('stops a Buffer bomb, which the heap limit cannot see', async () => {
    const { failure } = await failureOf('buffer-bomb');

    expect(failure.reason).toBe('memory');
    await expectGoodServerStillStarts();
  });

  it('stops a running server that fills memory, and reports it through onExit', async () => {
    const run = recordRun(await workspace('memory-after-start'), limits);
    const result = await sandbox.start(run.options);
    if (!result.ok) throw new Error(result.failure.message);

    const request = fetch(`http://127.0.0.1:${result.server.port}/hoard`).catch(() => 'connection dropped');
    const failure = await run.exited;

    expect(failure?.reason).toBe('memory');
    expect(await request).toBe('connection dropped');
    expect(isAlive(result.server.pid)).toBe(false);
    await expectGoodServerStillStarts();
  });
});

describe('code reaching outside its sandbox', () => {
  it('refuses to read a file outside the workspace', async () => {
    const { failure } = await failureOf('read-outside');

    expect(failure.reason).toBe('crash');
    expect(failure.message).toBe('Your server tried to read a file outside its workspace (/etc/hostname) and was stopped.');
    expect(failure.output).toContain('ERR_ACCESS_DENIED');
    await expectGoodServerStillStarts();
  });

  it('refuses to write a file outside the workspace', async () => {
    const { failure, workspace: ws } = await failureOf('write-outside');
    const target = join(ws.root, 'escaped.txt');

    expect(failure.reason).toBe('crash');
    expect(failure.message).toBe(`Your server tried to write a file outside its workspace (${target}) and was stopped.`);
    await expect(access(target)).rejects.toThrow();
    await expectGoodServerStillStarts();
  });

  it('refuses to start a child process', async () => {
    const { failure } = await failureOf('spawn-child');

    expect(failure.reason).toBe('crash');
    expect(failure.message).toBe(
      'Your server tried to start another program (child_process), which the sandbox does not allow, and was stopped.',
    );
    await expectGoodServerStillStarts();
  });

  it('refuses to start a worker thread', async () => {
    const { failure } = await failureOf('start-worker');

    expect(failure.reason).toBe('crash');
    expect(failure.message).toBe(
      'Your server tried to start a worker thread (worker_threads), which the sandbox does not allow, and was stopped.',
    );
    await expectGoodServerStillStarts();
  });
});
