/**
 * Which Node runs the backend, and which files. Never Electron's own binary: the backend and the
 * learner's code it starts need a real Node (its permission-model flags, and the one native build
 * of better-sqlite3 made for that Node).
 *
 * - From the project (`npm start`): the Node that installed the project, which `npm start`
 *   names in BACKEND_SANDBOX_NODE; the files are the project's dist/.
 * - Packaged: the Node shipped beside app.asar in resources/backend/ (see packagedBackend in
 *   electron.config.ts), with the backend's files laid out there as in the project.
 */
import { join } from 'node:path';
import { nodeExecutableName, packagedBackend } from '../../electron.config.js';
import { builtFiles } from '../launcher/built-files.js';

export interface RuntimeFacts {
  /** Electron's app.isPackaged. */
  isPackaged: boolean;
  /** Electron's process.resourcesPath. */
  resourcesPath: string;
  /** Electron's app.getAppPath(): the project, or app.asar when packaged. */
  appPath: string;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
}

export interface BackendRuntime {
  nodePath: string;
  backendEntry: string;
  /** The preload bundle, always from the app itself (inside app.asar when packaged). */
  preload: string;
}

export const NODE_ENV_VARIABLE = 'BACKEND_SANDBOX_NODE';

export function backendRuntime(facts: RuntimeFacts): BackendRuntime {
  const preload = builtFiles(facts.appPath).preload;
  if (facts.isPackaged) {
    const backendRoot = join(facts.resourcesPath, packagedBackend.dir);
    return { nodePath: join(backendRoot, nodeExecutableName(facts.platform)), backendEntry: builtFiles(backendRoot).backend, preload };
  }
  const nodePath = facts.env[NODE_ENV_VARIABLE];
  if (!nodePath) {
    throw new Error(`${NODE_ENV_VARIABLE} is not set. Start the app with \`npm start\`, which names the Node to run the backend with.`);
  }
  return { nodePath, backendEntry: builtFiles(facts.appPath).backend, preload };
}
