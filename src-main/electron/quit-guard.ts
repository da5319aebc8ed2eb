/**
 * Holds Electron's quit until the backend has stopped, so no learner process outlives the app.
 * Takes the app as a parameter so tests pass a fake.
 */

export interface QuittingApp {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

export function stopBackendBeforeQuit(app: QuittingApp, stopBackend: () => Promise<void>): void {
  let stopped = false;
  const quit = (): void => {
    stopped = true;
    app.quit();
  };
  app.on('before-quit', (event) => {
    if (stopped) return;
    event.preventDefault();
    // Quit even if stopping failed: the backend still exits when our end of its stdin closes.
    void stopBackend().then(quit, quit);
  });
}
