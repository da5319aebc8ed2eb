/**
 * The Electron main process: starts the backend with the project's Node, opens one locked-down
 * window on it, and stops the backend before quitting. Whatever reacts to Electron's objects
 * lives in small files beside this one that take those objects as parameters, so it is tested
 * without the Electron binary.
 */
import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';
import { launchBackend, type RunningBackend } from '../launcher/backend-launcher.js';
import { builtFiles } from '../launcher/built-files.js';
import { guardNavigation } from './navigation-guard.js';
import { denyAllPermissions } from './permissions.js';
import { stopBackendBeforeQuit } from './quit-guard.js';
import { serveToken } from './token-channel.js';
import { windowOptions } from './window-options.js';

app.enableSandbox();
app.on('window-all-closed', () => app.quit());
app
  .whenReady()
  .then(start)
  .catch((error: unknown) => fatal('Backend Sandbox could not start', error));

async function start(): Promise<void> {
  // process.execPath is Electron itself here; `npm start` passes the Node that installed the
  // project, whose native modules (better-sqlite3) the backend needs.
  const nodePath = process.env.BACKEND_SANDBOX_NODE;
  if (!nodePath) {
    throw new Error('BACKEND_SANDBOX_NODE is not set. Start the app with `npm start`, which names the Node to run the backend with.');
  }
  const files = builtFiles(app.getAppPath());
  const backend = await launchBackend({
    nodePath,
    backendEntry: files.backend,
    // No dataDir: the backend picks the same per-user folder in the window and in web mode,
    // so a learner who switches modes keeps their drafts and progress.
    onLog: (line, stream) => (stream === 'stdout' ? console.log(line) : console.error(line)),
  });
  stopBackendBeforeQuit(app, backend.stop);
  closeWhenBackendDies(backend);
  denyAllPermissions(session.defaultSession);
  const appOrigin = new URL(backend.url).origin;
  app.on('web-contents-created', (_event, contents) => guardNavigation(contents, appOrigin, (url) => shell.openExternal(url)));
  const window = new BrowserWindow(windowOptions({ preload: files.preload }));
  // Before the first load: the preload asks for the token as soon as the page starts.
  serveToken(ipcMain, window.webContents, appOrigin, backend.token);
  await window.loadURL(backend.url);
}

/** Without its backend the window can do nothing; say so rather than leave a dead page. */
function closeWhenBackendDies(backend: RunningBackend): void {
  let quitting = false;
  app.once('before-quit', () => {
    quitting = true;
  });
  backend.child.once('exit', (code, signal) => {
    if (!quitting) fatal('The backend stopped', `It exited (${signal ?? `code ${code}`}); its output is in the terminal that started the app.`);
  });
}

function fatal(title: string, error: unknown): void {
  dialog.showErrorBox(title, error instanceof Error ? error.message : String(error));
  // The backend, if any, exits by itself when our end of its stdin closes.
  app.exit(1);
}
