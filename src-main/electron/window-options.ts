/** The one BrowserWindow's options: the Electron half of the security model, in one pure function. */
import type { BrowserWindowConstructorOptions } from 'electron';
import { tokenArgument } from './token-argument.js';

export interface WindowInputs {
  /** The built preload bundle. */
  preload: string;
  /** The backend's per-launch token, for the preload only. */
  token: string;
}

export function windowOptions({ preload, token }: WindowInputs): BrowserWindowConstructorOptions {
  return {
    title: 'Backend Sandbox',
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    webPreferences: {
      preload,
      additionalArguments: [tokenArgument(token)],
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
