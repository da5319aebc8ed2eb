/**
 * The supervisor over real processes: launchBackend starting the fake backend
 * (test/fixtures/launcher/fake-backend.ts) on real ports, killed for real. Only the Electron
 * window is missing; the reactions record what it would show.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BackendSupervisor, type GiveUp } from '../../../src-main/electron/backend-supervisor.js';
import { launchBackend, type RunningBackend } from '../../../src-main/launcher/backend-launcher.js';

const fakeBackend = join(import.meta.dirname, '..', '..', 'fixtures', 'launcher', 'fake-backend.ts');

const supervisors: BackendSupervisor<RunningBackend>[] = [];
afterEach(async () => {
  await Promise.all(supervisors.splice(0).map((supervisor) => supervisor.stop()));
});

function supervise(mode: string) {
  const shown: RunningBackend[] = [];
  const restarts: string[] = [];
  let gaveUp: GiveUp | undefined;
  const supervisor = new BackendSupervisor<RunningBackend>({
    launch: (onLog) =>
      launchBackend({ nodePath: process.execPath, backendEntry: fakeBackend, env: { NODE_OPTIONS: '--import tsx', FAKE_BACKEND_MODE: mode }, onLog }),
    restartDelayMs: 50,
    reactions: {
      ready: (backend) => shown.push(backend),
      restarting: (reason) => restarts.push(reason),
      gaveUp: (failure) => (gaveUp = failure),
    },
  });
  supervisors.push(supervisor);
  return { supervisor, shown, restarts, gaveUp: () => gaveUp };
}

describe('BackendSupervisor with real backends', () => {
  it('restarts a backend killed outright, and the new one answers on its own port with a new token', async () => {
    const { supervisor, shown, restarts } = supervise('ready');
    await supervisor.start();
    const first = shown[0]!;
    first.child.kill('SIGKILL');

    await expect.poll(() => shown.length, { timeout: 10_000 }).toBe(2);
    const second = shown[1]!;
    expect(restarts).toEqual(['The backend stopped unexpectedly (SIGKILL).']);
    expect(second.token).not.toBe(first.token);
    expect(supervisor.current).toBe(second);
    expect(await (await fetch(second.url)).text()).toBe('fake backend');
  });

  it('gives up on a backend that cannot start, with its own last words', async () => {
    const { supervisor, shown, restarts, gaveUp } = supervise('crash');
    await supervisor.start();
    await expect.poll(gaveUp, { timeout: 15_000 }).toBeDefined();
    expect(shown).toEqual([]);
    expect(restarts).toHaveLength(2);
    expect(gaveUp()?.reason).toMatch(/exited \(code 3\) before it was ready/);
    expect(gaveUp()?.logTail).toContain('fake backend: cannot open the data dir');
  });

  it('stops the backend on quit, and an exit it caused is no crash', async () => {
    const { supervisor, shown, restarts } = supervise('ready');
    await supervisor.start();
    await supervisor.stop();
    expect(shown[0]!.child.exitCode).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(restarts).toEqual([]);
    expect(supervisor.current).toBeUndefined();
  });
});
