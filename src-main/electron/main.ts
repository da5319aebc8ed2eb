/**
 * The Electron main process, wiring only: one instance per data folder, one locked-down window,
 * a supervised backend behind it, a menu, and a quit that stops the backend first. Whatever
 * decides anything lives in the small files beside this one, which take Electron's objects as
 * parameters and are tested without the Electron binary.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, screen, session, shell } from 'electron';
import { join } from 'node:path';
import { launchBackend, type RunningBackend } from '../launcher/backend-launcher.js';
import { defaultDataDir } from '../server/data-dir.js';
import { menuTemplate } from './app-menu.js';
import { backendRuntime } from './backend-runtime.js';
import { BackendSupervisor, type GiveUp } from './backend-supervisor.js';
import { gaveUpDialog, gaveUpPage, RETRY_BUTTON, restartingPage, startingPage } from './crash-screens.js';
import { guardNavigation, openIfExternal } from './navigation-guard.js';
import { denyAllPermissions } from './permissions.js';
import { stopBackendBeforeQuit } from './quit-guard.js';
import { claimSingleInstance } from './single-instance.js';
import { serveToken } from './token-channel.js';
import { windowOptions, WINDOW_SIZE } from './window-options.js';
import { loadWindowState, placeWindow, rememberWindowState, WINDOW_STATE_FILE } from './window-state.js';

// The same folder as in web mode, so a learner who switches modes keeps drafts and progress.
// Chromium's profile goes there too: one folder per app, and the single-instance lock (which
// lives in the profile) is per data folder, so a test's temp folder never meets a running app.
const dataDir = defaultDataDir();
app.setPath('userData', join(dataDir, 'electron'));
app.enableSandbox();

let window: BrowserWindow | undefined;
if (claimSingleInstance(app, () => window)) {
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => fatal('Backend Sandbox could not start', error));
}

async function start(): Promise<void> {
  const runtime = backendRuntime({
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    appPath: app.getAppPath(),
    env: process.env,
    platform: process.platform,
  });
  const supervisor = new BackendSupervisor<RunningBackend>({
    launch: (onLog) => launchBackend({ nodePath: runtime.nodePath, backendEntry: runtime.backendEntry, dataDir, onLog }),
    onLog: (line, stream) => (stream === 'stdout' ? console.log(line) : console.error(line)),
    reactions: {
      ready: (backend) => {
        console.log(`Backend Sandbox window: backend on port ${backend.port}, data in ${backend.dataDir}`);
        show(backend.url);
      },
      restarting: (reason) => show(restartingPage(reason)),
      gaveUp: (failure) => void offerRetry(supervisor, failure),
    },
  });
  const appOrigin = (): string | undefined => supervisor.current && new URL(supervisor.current.url).origin;
  const openExternal = (url: string): void => openIfExternal(url, appOrigin(), (link) => shell.openExternal(link));

  denyAllPermissions(session.defaultSession);
  app.on('web-contents-created', (_event, contents) => guardNavigation(contents, appOrigin, (url) => shell.openExternal(url)));
  stopBackendBeforeQuit(app, () => supervisor.stop());
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(menuTemplate(process.platform, { openDocumentation: openExternal, showDataFolder: () => void shell.openPath(dataDir) })),
  );
  window = createWindow(runtime.preload);
  // Before the first load: the preload asks for the token as soon as a page starts.
  serveToken(ipcMain, window.webContents, () => supervisor.current);
  show(startingPage());
  await supervisor.start();
}

function createWindow(preload: string): BrowserWindow {
  const stateFile = join(dataDir, WINDOW_STATE_FILE);
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const placement = placeWindow(loadWindowState(stateFile), workAreas, WINDOW_SIZE);
  const created = new BrowserWindow(windowOptions({ preload, bounds: placement.bounds }));
  created.once('ready-to-show', () => (placement.maximized ? created.maximize() : created.show()));
  rememberWindowState(created, stateFile, (error) => console.error("Could not remember the window's place:", error));
  created.once('closed', () => (window = undefined));
  return created;
}

/** A page, a status screen or the app; a load cut short by the next one (ERR_ABORTED) is no error. */
function show(url: string): void {
  window?.loadURL(url).catch((error: unknown) => {
    if ((error as { code?: unknown }).code !== 'ERR_ABORTED') console.error(`Could not load ${url.slice(0, 80)}:`, error);
  });
}

async function offerRetry(supervisor: BackendSupervisor<RunningBackend>, failure: GiveUp): Promise<void> {
  if (!window) return;
  show(gaveUpPage(failure));
  const { response } = await dialog.showMessageBox(window, gaveUpDialog(failure));
  if (response !== RETRY_BUTTON) return app.quit();
  show(startingPage());
  await supervisor.retry();
}

function fatal(title: string, error: unknown): void {
  dialog.showErrorBox(title, error instanceof Error ? error.message : String(error));
  // The backend, if any, exits by itself when our end of its stdin closes.
  app.exit(1);
}
