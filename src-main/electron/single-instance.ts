/**
 * One app per data folder: a second launch would start a second backend on the same app store
 * and lesson databases. Instead it quits at once, and the first instance brings its window
 * forward. Electron's objects are parameters (only the members used), so tests pass stand-ins.
 */

export interface SingleInstanceApp {
  requestSingleInstanceLock(): boolean;
  on(event: 'second-instance', listener: () => void): unknown;
  quit(): void;
}

export interface RestorableWindow {
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/**
 * True if this is the first instance; false if another one runs, in which case this one is
 * already quitting and must start nothing.
 */
export function claimSingleInstance(app: SingleInstanceApp, window: () => RestorableWindow | undefined): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const current = window();
    if (!current) return; // still starting: its window appears by itself
    if (current.isMinimized()) current.restore();
    current.show();
    current.focus();
  });
  return true;
}
