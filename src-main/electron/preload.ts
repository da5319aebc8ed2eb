/**
 * Runs before the page in its sandboxed renderer. Exposes exactly the DesktopBridge values as
 * `window.backendSandbox`, and nothing else: no ipcRenderer, no functions.
 */
import { contextBridge } from 'electron';
import type { DesktopBridge } from '../contract/api.js';
import { parseTokenArgument } from './token-argument.js';

const token = parseTokenArgument(process.argv);
// Without a token the page gets no bridge and shows its own "not connected" state.
if (token !== undefined) {
  const bridge: DesktopBridge = { token, platform: process.platform };
  contextBridge.exposeInMainWorld('backendSandbox', bridge);
}
