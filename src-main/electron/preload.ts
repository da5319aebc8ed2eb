/**
 * Runs before the page in its sandboxed renderer. Exposes exactly the DesktopBridge values as
 * `window.backendSandbox`, and nothing else: no ipcRenderer, no functions.
 *
 * The token is asked for synchronously (sandboxed preloads do have ipcRenderer and
 * contextBridge), so it is a plain value by the time the page's scripts run and read it.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { DesktopBridge } from '../contract/api.js';
import { TOKEN_CHANNEL } from './token-channel.js';

const token: unknown = ipcRenderer.sendSync(TOKEN_CHANNEL);
// Without a token (the main process refused, e.g. the frame is not the app) the page gets no
// bridge and shows its own "not connected" state.
if (typeof token === 'string' && token !== '') {
  const bridge: DesktopBridge = { token, platform: process.platform };
  contextBridge.exposeInMainWorld('backendSandbox', bridge);
}
