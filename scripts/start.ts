/**
 * `npm start` (after the build): Backend Sandbox in an Electron window when Electron can run
 * here, otherwise served to the system browser ("web mode").
 *
 *   npm start                         a window if possible, else the browser
 *   npm start -- --web                always the browser
 *   npm start -- --no-open            web mode without opening a browser (also when CI is set)
 *   npm start -- --port 4123          a fixed port instead of a random free one
 *   npm start -- --data-dir <folder>  another data folder (same as BACKEND_SANDBOX_DATA_DIR)
 *
 * It prints the mode and why, and — from the backend's ready line — the port and the data
 * folder. In web mode the address is exactly one line of this form, for people and tests to find:
 *
 *   Backend Sandbox is running at http://127.0.0.1:<port>/#token=<token>
 *
 * The fragment is the only place web mode hands the per-launch token over: browsers never send
 * a fragment to a server, and no endpoint returns the token.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { NODE_ENV_VARIABLE } from '../src-main/electron/backend-runtime.js';
import { launchBackend, type RunningBackend } from '../src-main/launcher/backend-launcher.js';
import { builtFiles } from '../src-main/launcher/built-files.js';
import { chooseMode } from '../src-main/launcher/choose-mode.js';
import { gatherModeFacts } from '../src-main/launcher/mode-facts.js';
import { openInBrowser } from '../src-main/launcher/open-browser.js';
import { backendEnvFor, parseStartArgs, type StartArgs } from '../src-main/launcher/start-args.js';

const projectRoot = join(import.meta.dirname, '..');
const args = readArgs();
const decision = chooseMode(args, gatherModeFacts(projectRoot, process.env, process.platform));
console.log(`Backend Sandbox: ${decision.mode === 'electron' ? 'desktop window' : 'web mode'}, because ${decision.reason}.`);

if (decision.mode === 'electron') runElectron(decision.electronBinary);
else await runWeb().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

function readArgs(): StartArgs {
  try {
    return parseStartArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
}

function runElectron(binary: string): void {
  const electron = spawn(binary, [projectRoot], {
    stdio: 'inherit',
    // Electron's own executable cannot run the backend; the Node running this script can.
    // The main process prints the port and data folder once its backend is ready.
    env: { ...process.env, ...backendEnvFor(args), [NODE_ENV_VARIABLE]: process.execPath },
  });
  // Ctrl+C reaches Electron directly (same process group) and it quits gracefully; a second
  // SIGINT from us would make Chromium exit at once, so only SIGTERM is passed on.
  process.on('SIGINT', () => undefined);
  process.on('SIGTERM', () => electron.kill('SIGTERM'));
  electron.on('error', (error) => {
    console.error(`Could not start Electron (${binary}): ${error.message}`);
    process.exit(1);
  });
  electron.on('exit', (code) => process.exit(code ?? 1));
}

async function runWeb(): Promise<void> {
  const backend = await launchBackend({
    nodePath: process.execPath,
    backendEntry: builtFiles(projectRoot).backend,
    env: backendEnvFor(args),
    onLog: (line, stream) => (stream === 'stdout' ? console.log(line) : console.error(line)),
  });
  const url = `${backend.url}#token=${encodeURIComponent(backend.token)}`;
  console.log(`Backend Sandbox is running at ${url}`);
  console.log(`Port ${backend.port}; your data is kept in ${backend.dataDir}`);
  console.log('Open that address (it carries this session\'s key) in your browser; press Ctrl+C to stop.');
  if (args.open && !process.env.CI) openInBrowser(url);
  stopOnSignals(backend);
}

function stopOnSignals(backend: RunningBackend): void {
  let stopping = false;
  backend.child.once('exit', (code, signal) => {
    if (stopping) return;
    console.error(`The backend stopped unexpectedly (${signal ?? `exit code ${code}`}).`);
    process.exit(1);
  });
  const stop = async (): Promise<void> => {
    stopping = true;
    await backend.stop();
    process.exit(0);
  };
  // `once`: a second Ctrl+C kills this process outright, and the backend follows when its stdin closes.
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
