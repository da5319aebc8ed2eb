/**
 * A plain object plays Electron's App (Electron's binary cannot be installed here): like the
 * real one, its lock is held by the first instance only, and a later launch makes the first
 * instance emit 'second-instance'.
 */
import { describe, expect, it } from 'vitest';
import { claimSingleInstance, type RestorableWindow, type SingleInstanceApp } from '../../../src-main/electron/single-instance.js';

/** Two apps sharing one lock, as two launches on one data folder do. */
function sharedLock() {
  let holder: ReturnType<typeof fakeApp> | undefined;
  function fakeApp() {
    const secondInstanceListeners: (() => void)[] = [];
    const state = { quit: false };
    const app: SingleInstanceApp = {
      requestSingleInstanceLock: () => {
        if (holder && holder !== self) {
          for (const listener of holder.secondInstanceListeners) listener();
          return false;
        }
        holder = self;
        return true;
      },
      on: (_event, listener) => secondInstanceListeners.push(listener),
      quit: () => (state.quit = true),
    };
    const self = { app, state, secondInstanceListeners };
    return self;
  }
  return { fakeApp };
}

function fakeWindow(minimized: boolean) {
  const calls: string[] = [];
  const window: RestorableWindow = {
    isMinimized: () => minimized,
    restore: () => calls.push('restore'),
    show: () => calls.push('show'),
    focus: () => calls.push('focus'),
  };
  return { window, calls };
}

describe('claimSingleInstance', () => {
  it('lets the first launch start and keeps it running', () => {
    const first = sharedLock().fakeApp();
    expect(claimSingleInstance(first.app, () => undefined)).toBe(true);
    expect(first.state.quit).toBe(false);
  });

  it('makes a second launch quit, and brings the first window back from the taskbar', () => {
    const lock = sharedLock();
    const first = lock.fakeApp();
    const { window, calls } = fakeWindow(true);
    claimSingleInstance(first.app, () => window);

    const second = lock.fakeApp();
    expect(claimSingleInstance(second.app, () => undefined)).toBe(false);
    expect(second.state.quit).toBe(true);
    expect(first.state.quit).toBe(false);
    expect(calls).toEqual(['restore', 'show', 'focus']);
  });

  it('focuses a window that is merely behind others, without restoring it', () => {
    const lock = sharedLock();
    const { window, calls } = fakeWindow(false);
    claimSingleInstance(lock.fakeApp().app, () => window);
    claimSingleInstance(lock.fakeApp().app, () => undefined);
    expect(calls).toEqual(['show', 'focus']);
  });

  it('ignores a second launch while the first has no window yet', () => {
    const lock = sharedLock();
    claimSingleInstance(lock.fakeApp().app, () => undefined);
    expect(() => claimSingleInstance(lock.fakeApp().app, () => undefined)).not.toThrow();
  });
});
