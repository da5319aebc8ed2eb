/** The one BrowserWindow's options: the Electron half of the security model, in one pure function. */
import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowPlacement, WindowSize } from './window-state.js';

/** The size of a first window, and the smallest the workbench still fits in. */
export const WINDOW_SIZE: WindowSize = { width: 1400, height: 900, minWidth: 900, minHeight: 600 };

export interface WindowInputs {
  /** The built preload bundle. It asks the main process for the token (see token-channel.ts). */
  preload: string;
  /** Where the window opens (see window-state.ts). */
  bounds: WindowPlacement['bounds'];
}

export function windowOptions({ preload, bounds }: WindowInputs): BrowserWindowConstructorOptions {
  return {
    title: 'Backend Sandbox',
    ...bounds,
    minWidth: WINDOW_SIZE.minWidth,
    minHeight: WINDOW_SIZE.minHeight,
    // Shown once its first page (the "starting" screen) is drawn, not as a white flash before.
    show: false,
    webPreferences: {
      preload,
      // The page is a web page from the loopback backend: it gets no Node, no Electron, and its
      // own isolated world apart from the preload.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}
