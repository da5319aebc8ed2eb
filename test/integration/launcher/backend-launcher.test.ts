/**
 * launchBackend against a fake backend (test/fixtures/launcher/fake-backend.ts): real
 * processes on real ports, each stopped by its test.
 */
import { execFileSync, spawn, type ChildProcessByStdio } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { launchBackend, type LaunchOptions, type LogStream, type RunningBackend } from '../../../src-main/launcher/backend-launcher.js';
import { isRunning, waitUntilGone } from '../../support/process-state.js';
import { useTempDir } from '../../support/temp-dir.js';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'launcher');
const fakeBackend = join(fixtures, 'fake-backend.ts');
const withTsx = { NODE_OPTIONS: '--import tsx' };

const running: RunningBackend[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((backend) => backend.stop()));
});

async function launchFake(mode: string, options: Partial<LaunchOptions> = {}): Promise<RunningBackend> {
  const backend = await launchBackend({
    nodePath: process.execPath,
    backendEntry: fakeBackend,
    ...options,
    env: { ...withTsx, FAKE_BACKEND_MODE: mode, ...options.env },
  });
  running.push(backend);
  return backend;
}

function pidInMessage(message: string): number {
  const pid = /pid=(\d+)/.exec(message)?.[1];
  if (pid === undefined) throw new Error(`no pid in: ${message}`);
  return Number(pid);
}

describe('launchBackend', () => {
  const tempDir = useTempDir('backend-sandbox-launcher-');

  it('resolves with the port, token and data dir from the ready line, and the backend answers there', async () => {
    const dataDir = tempDir();
    const logs: [string, LogStream][] = [];
    const backend = await launchFake('ready', { dataDir, onLog: (line, stream) => logs.push([line, stream]) });

    expect(backend.url).toBe(`http://127.0.0.1:${backend.port}/`);
    expect(backend.token).toMatch(/^[0-9a-f]{64}$/);
    expect(backend.dataDir).toBe(dataDir);
    const response = await fetch(backend.url);
    expect(await response.text()).toBe('fake backend');
    expect(logs).toContainEqual(['fake backend: listening', 'stdout']);
    expect(logs).toContainEqual([expect.stringMatching(/^fake backend pid=/), 'stderr']);
    expect(logs.some(([line]) => line.startsWith('BACKEND_SANDBOX_READY'))).toBe(false);
  });

  it('keeps forwarding output after the ready line', async () => {
    const lines: string[] = [];
    await launchFake('ready', { onLog: (line) => lines.push(line) });
    await expect.poll(() => lines).toContain('fake backend: after ready');
  });

  it('keeps the backend alive with its stdin open, and stop() ends it with SIGTERM', async () => {
    const backend = await launchFake('ready');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(backend.child.exitCode).toBeNull();

    await backend.stop();
    expect(backend.child.exitCode).toBe(0);
    await expect(fetch(backend.url)).rejects.toThrow();
    await backend.stop();
  });

  it('SIGKILLs a backend that ignores SIGTERM once the grace period is over', async () => {
    const backend = await launchFake('ignore-sigterm', { stopGraceMs: 300 });
    const started = Date.now();
    await backend.stop();
    expect(backend.child.signalCode).toBe('SIGKILL');
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  it('gives up after the timeout with the stderr tail, and kills the silent backend', async () => {
    const error = await launchFake('silent', { readyTimeoutMs: 3_000 }).catch((failure: unknown) => failure);
    expect(String(error)).toMatch(/did not print its ready line within 3 s[\s\S]*fake backend pid=\d+ mode=silent/);
    await waitUntilGone(pidInMessage(String(error)));
  });

  it('reports a backend that exits before it is ready, with its exit code and last words', async () => {
    await expect(launchFake('crash')).rejects.toThrow(/exited \(code 3\) before it was ready[\s\S]*cannot open the data dir/);
  });

  it('reports a Node that cannot be started', async () => {
    await expect(launchFake('ready', { nodePath: '/nonexistent/node' })).rejects.toThrow(/Could not start the backend with \/nonexistent\/node/);
  });

  it('leaves no backend behind when its launcher is killed outright', async () => {
    // The launcher's own stdin is a FIFO this test holds open, so a backend that merely
    // inherited it would survive; only the launcher's private pipe closes with the launcher.
    const fifo = join(tempDir(), 'stdin');
    execFileSync('mkfifo', [fifo]);
    const stdin = openSync(fifo, 'r+');
    onTestFinished(() => closeSync(stdin));
    const parent = spawn(process.execPath, [join(fixtures, 'launching-parent.ts')], {
      env: { ...process.env, ...withTsx },
      stdio: [stdin, 'pipe', 'inherit'],
    }) as ChildProcessByStdio<null, Readable, null>;
    onTestFinished(() => void parent.kill('SIGKILL'));
    const [firstLine] = (await once(createInterface({ input: parent.stdout }), 'line')) as [string];
    const { backendPid } = JSON.parse(firstLine) as { backendPid: number };
    expect(isRunning(backendPid)).toBe(true);

    parent.kill('SIGKILL');
    await waitUntilGone(backendPid);
  });
});
