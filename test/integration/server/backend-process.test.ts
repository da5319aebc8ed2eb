/**
 * The backend as its own process, the way the Electron shell and `npm start` run it: it prints
 * the ready line, and however it is told to go — SIGTERM, or its parent's pipe closing — it
 * takes every learner process with it.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { parseReadyLine, type ReadyInfo } from '../../../src-main/server/ready-line.js';
import { projectRoot } from '../../support/backend.js';
import { useTempDir } from '../../support/temp-dir.js';

const tempDir = useTempDir();
const LESSON = 'crud/01-first-endpoints';

function startBackendProcess(dataDir: string): Promise<{ child: ChildProcess; ready: ReadyInfo }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'src-main', 'server', 'main.ts')], {
    env: { ...process.env, BACKEND_SANDBOX_DATA_DIR: dataDir },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const ready = parseReadyLine(line);
      if (ready) resolve({ child, ready });
    });
    child.once('exit', (code) => reject(new Error(`the backend exited (${code}) before it was ready`)));
  });
}

/** Runs the first step's checks so that a learner server (and a prewarmed spare) is running. */
async function startLearnerServer(ready: ReadyInfo): Promise<void> {
  const res = await fetch(`http://127.0.0.1:${ready.port}/api/lessons/${LESSON}/checks`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ready.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ stepId: '01-list-todos' }),
  });
  expect(res.status).toBe(200);
}

function childrenOf(pid: number): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(pid)]).toString().trim().split('\n').map(Number);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

/** Running, not merely present: an orphan that exited can linger as a zombie where nothing reaps it. */
function isRunning(pid: number): boolean {
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

async function expectAllGone(backend: ChildProcess, learners: number[]): Promise<void> {
  await new Promise((resolve) => (backend.exitCode === null ? backend.once('exit', resolve) : resolve(undefined)));
  for (const pid of learners) await expect.poll(() => isRunning(pid), { timeout: 5_000 }).toBe(false);
}

describe('the backend process', () => {
  it.each([
    ['SIGTERM', (child: ChildProcess) => child.kill('SIGTERM'), 0],
    ['its stdin pipe closing', (child: ChildProcess) => child.stdin!.end(), 0],
    // No handler runs on SIGKILL: the learner processes notice their stdin pipe closing.
    ['SIGKILL', (child: ChildProcess) => child.kill('SIGKILL'), null],
  ])('stops every learner process on %s', async (_how, tellItToStop, exitCode) => {
    const { child, ready } = await startBackendProcess(tempDir());
    try {
      await startLearnerServer(ready);
      await expect.poll(() => childrenOf(child.pid!).length).toBeGreaterThanOrEqual(1);
      const learners = childrenOf(child.pid!);
      tellItToStop(child);
      await expectAllGone(child, learners);
      expect(child.exitCode).toBe(exitCode);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
