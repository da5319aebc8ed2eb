/**
 * The supervisor's restart and give-up policy, driven by a fake clock and stand-in backends:
 * an EventEmitter plays the child process (it only has to emit 'exit'). The same supervisor
 * against real processes is in test/integration/electron/backend-supervisor.test.ts.
 */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { BackendSupervisor, type Clock, type GiveUp, type LogListener, type SupervisedBackend } from '../../../src-main/electron/backend-supervisor.js';
import { CrashHistory } from '../../../src-main/electron/crash-history.js';

interface FakeBackend extends SupervisedBackend {
  id: number;
  child: EventEmitter;
  stops: number;
  crash(code?: number): void;
}

/** Time passes only when the test says so; a restart's pause passes it by its length. */
function fakeClock(): Clock & { advance(ms: number): void; sleeps: number[] } {
  let now = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    advance: (ms) => (now += ms),
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

type Step = { fail: string; log?: string[] } | { log?: string[] };

function harness(script: Step[] = []) {
  const clock = fakeClock();
  const events: string[] = [];
  const launched: FakeBackend[] = [];
  let gaveUp: GiveUp | undefined;
  const launch = async (onLog: LogListener): Promise<FakeBackend> => {
    const step = script.shift() ?? {};
    for (const line of step.log ?? []) onLog(line, 'stderr');
    if ('fail' in step) throw new Error(step.fail);
    const child = new EventEmitter();
    const backend: FakeBackend = {
      id: launched.length + 1,
      child,
      stops: 0,
      stop: async () => {
        backend.stops += 1;
        child.emit('exit', 0, null);
      },
      crash: (code = 1) => child.emit('exit', code, null),
    };
    launched.push(backend);
    return backend;
  };
  const supervisor = new BackendSupervisor<FakeBackend>({
    launch,
    clock,
    limit: { crashes: 3, withinMs: 60_000 },
    restartDelayMs: 500,
    reactions: {
      ready: (backend) => events.push(`ready ${backend.id}`),
      restarting: (reason) => events.push(`restarting: ${reason}`),
      gaveUp: (failure) => {
        events.push('gave up');
        gaveUp = failure;
      },
    },
  });
  return { supervisor, clock, events, launched, gaveUp: () => gaveUp };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('BackendSupervisor', () => {
  it('shows the backend once it is ready', async () => {
    const { supervisor, events, launched } = harness();
    await supervisor.start();
    expect(events).toEqual(['ready 1']);
    expect(supervisor.current).toBe(launched[0]);
  });

  it('restarts a crashed backend after a short pause and shows the new one', async () => {
    const { supervisor, events, launched, clock } = harness();
    await supervisor.start();
    launched[0]!.crash(1);
    await settle();
    expect(events).toEqual(['ready 1', 'restarting: The backend stopped unexpectedly (exit code 1).', 'ready 2']);
    expect(clock.sleeps).toEqual([500]);
    expect(supervisor.current).toBe(launched[1]);
  });

  it('gives up on the third crash within a minute, with the reason and the last output', async () => {
    const { supervisor, events, launched, gaveUp } = harness([{}, { log: ['second start'] }, { log: ['third start', 'Error: no such table: lessons'] }]);
    await supervisor.start();
    for (const index of [0, 1, 2]) {
      launched[index]!.crash(7);
      await settle();
    }
    expect(events.filter((event) => !event.startsWith('ready'))).toEqual([
      'restarting: The backend stopped unexpectedly (exit code 7).',
      'restarting: The backend stopped unexpectedly (exit code 7).',
      'gave up',
    ]);
    expect(launched).toHaveLength(3);
    expect(supervisor.current).toBeUndefined();
    expect(gaveUp()).toEqual({
      reason: 'The backend stopped unexpectedly (exit code 7).',
      logTail: ['second start', 'third start', 'Error: no such table: lessons'],
    });
  });

  it('keeps restarting a backend whose crashes are more than a minute apart', async () => {
    const { supervisor, events, launched, clock } = harness();
    await supervisor.start();
    for (const index of [0, 1, 2, 3]) {
      clock.advance(31_000);
      launched[index]!.crash();
      await settle();
    }
    expect(events).not.toContain('gave up');
    expect(supervisor.current).toBe(launched[4]);
  });

  it('counts a launch that fails as a crash, and gives up on one that never starts', async () => {
    const failure = { fail: 'The backend exited (code 3) before it was ready.', log: ['cannot open the data dir'] };
    const { supervisor, events, launched, gaveUp } = harness([failure, failure, failure]);
    await supervisor.start();
    await settle();
    expect(events).toEqual([
      `restarting: ${failure.fail}`,
      `restarting: ${failure.fail}`,
      'gave up',
    ]);
    expect(launched).toEqual([]);
    expect(gaveUp()?.logTail).toEqual(['cannot open the data dir', 'cannot open the data dir', 'cannot open the data dir']);
  });

  it('retries afresh after giving up: earlier crashes no longer count', async () => {
    const failure = { fail: 'no start' };
    const { supervisor, events, launched } = harness([failure, failure, failure]);
    await supervisor.start();
    await settle();
    expect(events.at(-1)).toBe('gave up');

    await supervisor.retry();
    expect(events.at(-1)).toBe('ready 1');
    launched[0]!.crash();
    await settle();
    expect(events.slice(-2)).toEqual(['restarting: The backend stopped unexpectedly (exit code 1).', 'ready 2']);
  });

  it('does not restart a backend it stopped itself', async () => {
    const { supervisor, events, launched } = harness();
    await supervisor.start();
    await supervisor.stop();
    await settle();
    expect(launched[0]!.stops).toBe(1);
    expect(events).toEqual(['ready 1']);
  });

  it('stops a backend whose launch was still under way when the app quit, and does not show it', async () => {
    const clock = fakeClock();
    let finishLaunch: (backend: FakeBackend) => void = () => undefined;
    const child = new EventEmitter();
    const late: FakeBackend = { id: 1, child, stops: 0, stop: async () => void (late.stops += 1), crash: () => undefined };
    const shown: unknown[] = [];
    const supervisor = new BackendSupervisor<FakeBackend>({
      launch: () => new Promise((resolve) => (finishLaunch = resolve)),
      clock,
      reactions: { ready: (backend) => shown.push(backend), restarting: () => undefined, gaveUp: () => undefined },
    });
    const starting = supervisor.start();
    const stopping = supervisor.stop();
    finishLaunch(late);
    await Promise.all([starting, stopping]);
    expect(late.stops).toBe(1);
    expect(shown).toEqual([]);
  });

  it('does not restart when the app quits during the pause before a restart', async () => {
    let release: () => void = () => undefined;
    const clock: Clock = { now: () => 0, sleep: () => new Promise((resolve) => (release = resolve)) };
    let launches = 0;
    const child = new EventEmitter();
    const supervisor = new BackendSupervisor({
      launch: async () => {
        launches += 1;
        return { child, stop: async () => undefined };
      },
      clock,
      reactions: { ready: () => undefined, restarting: () => undefined, gaveUp: () => undefined },
    });
    await supervisor.start();
    child.emit('exit', null, 'SIGKILL');
    await settle();
    await supervisor.stop();
    release();
    await settle();
    expect(launches).toBe(1);
  });
});

describe('CrashHistory', () => {
  it('restarts twice and gives up on the third crash inside the window', () => {
    const history = new CrashHistory({ crashes: 3, withinMs: 60_000 });
    expect([history.record(0), history.record(10_000), history.record(59_999)]).toEqual(['restart', 'restart', 'give-up']);
  });

  it('forgets crashes that are older than the window', () => {
    const history = new CrashHistory({ crashes: 3, withinMs: 60_000 });
    expect([history.record(0), history.record(30_000), history.record(60_000), history.record(89_999)]).toEqual([
      'restart',
      'restart',
      'restart',
      'give-up',
    ]);
  });

  it('starts over after forget()', () => {
    const history = new CrashHistory({ crashes: 2, withinMs: 60_000 });
    history.record(0);
    history.forget();
    expect(history.record(1)).toBe('restart');
  });
});
