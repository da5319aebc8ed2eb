// A prewarmed process saves the learner Node's boot and the library loading, and changes nothing
// else: same confinement, same limits, a fresh process for every run.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Sandbox } from '../../../src-main/sandbox/sandbox.js';
import { useSandbox, isAlive, recordRun, type TestWorkspace } from '../../fixtures/sandbox/workspace.js';

const sandbox = new Sandbox();
const workspace = useSandbox(sandbox);

async function startGood(ws: TestWorkspace) {
  const result = await sandbox.start(recordRun(ws).options);
  if (!result.ok) throw new Error(result.failure.message);
  return result.server;
}

/** The learner processes this test file has spawned that are waiting for code or running it. */
function warmStartPids(): number[] {
  try {
    // Only this test process's own children: other test files run their own sandboxes meanwhile.
    return execFileSync('pgrep', ['-P', String(process.pid), '-f', 'warm-start.cjs']).toString().trim().split('\n').map(Number);
  } catch {
    return [];
  }
}

/** Prewarms the workspace and returns the pid of the process waiting for code. */
async function prewarm(ws: TestWorkspace): Promise<number> {
  sandbox.prewarm(recordRun(ws).options);
  await expect.poll(() => warmStartPids().length).toBe(1);
  return warmStartPids()[0]!;
}

describe('prewarmed learner processes', () => {
  it('runs the next start of the same workspace in the process spawned ahead of time, with the new code', async () => {
    const ws = await workspace('good');
    const first = await startGood(ws);
    expect(first.prewarmed).toBe(false);
    await first.stop();
    const waiting = await prewarm(ws);

    const entry = join(ws.workspaceDir, 'server.ts');
    await writeFile(entry, `${await readFile(entry, 'utf8')}\nconsole.log('second version');\n`);
    const recorded = recordRun(ws);
    const second = await sandbox.start(recorded.options);
    if (!second.ok) throw new Error(second.failure.message);
    expect(second.server.prewarmed).toBe(true);
    expect(second.server.pid).toBe(waiting);
    expect((await fetch(`http://127.0.0.1:${second.server.port}/notes`)).status).toBe(200);
    await expect.poll(() => recorded.output()).toContain('second version');
  });

  it('does not hand a process made for one workspace to another, and keeps only one waiting', async () => {
    const waiting = await prewarm(await workspace('good'));
    const other = await workspace('good');
    const otherWaiting = await prewarm(other);
    expect(otherWaiting).not.toBe(waiting);
    await expect.poll(() => isAlive(waiting)).toBe(false);
    const server = await startGood(await workspace('good'));
    expect(server.prewarmed).toBe(false);
  });

  it('keeps a prewarmed process as confined as a cold one', async () => {
    const ws = await workspace('good');
    const attack = await readFile(fileURLToPath(new URL('../../fixtures/sandbox/learner/read-outside/server.ts', import.meta.url)), 'utf8');
    await writeFile(join(ws.workspaceDir, 'server.ts'), attack);
    const waiting = await prewarm(ws);

    const result = await sandbox.start(recordRun(ws).options);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.failure.message).toMatch(/outside its workspace/);
    // The attack ran in the prewarmed process, which is gone now.
    await expect.poll(() => isAlive(waiting)).toBe(false);
    expect(warmStartPids()).toEqual([]);
  });

  it('kills the prewarmed process on stopAll', async () => {
    const waiting = await prewarm(await workspace('good'));
    await sandbox.stopAll();
    await expect.poll(() => isAlive(waiting)).toBe(false);
  });
});
