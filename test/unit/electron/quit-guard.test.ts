/**
 * A plain object plays Electron's App (Electron's binary cannot be installed here): like the
 * real one, quit() emits 'before-quit' and quits only if no listener prevents it.
 */
import { describe, expect, it } from 'vitest';
import { stopBackendBeforeQuit, type QuittingApp } from '../../../src-main/electron/quit-guard.js';

function fakeApp() {
  const listeners: ((event: { preventDefault(): void }) => void)[] = [];
  const state = { quitted: false };
  const app: QuittingApp = {
    on: (_event, listener) => listeners.push(listener),
    quit: () => {
      let prevented = false;
      for (const listener of listeners) listener({ preventDefault: () => (prevented = true) });
      if (!prevented) state.quitted = true;
    },
  };
  return { app, state };
}

describe('stopBackendBeforeQuit', () => {
  it('holds the quit until the backend has stopped, then quits', async () => {
    const { app, state } = fakeApp();
    let finishStop = (): void => undefined;
    const stopped = new Promise<void>((resolve) => (finishStop = resolve));
    let stops = 0;
    stopBackendBeforeQuit(app, () => {
      stops += 1;
      return stopped;
    });

    app.quit();
    expect(stops).toBe(1);
    expect(state.quitted).toBe(false);

    finishStop();
    await expect.poll(() => state.quitted).toBe(true);
    expect(stops).toBe(1);
  });

  it('still quits when stopping the backend fails', async () => {
    const { app, state } = fakeApp();
    stopBackendBeforeQuit(app, () => Promise.reject(new Error('kill failed')));
    app.quit();
    await expect.poll(() => state.quitted).toBe(true);
  });
});
