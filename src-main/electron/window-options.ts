/** The one BrowserWindow's options: the Electron half of the security model, in one pure function. */
import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowInputs {
  /** The built preload bundle. It asks the main process for the token (see token-channel.ts). */
  preload: string;
}

export function windowOptions({ preload }: WindowInputs): BrowserWindowConstructorOptions {
  return {
    title: 'Backend Sandbox',
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    webPreferences: {
      preload,
      // The page is a web page from the loopback backend: it gets no Node, no Electron, and its
      // own isolated world apart from the preload.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
    },
  };
}
