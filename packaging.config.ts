/**
 * How `npm run package` turns the build into installers, with electron-builder: AppImage and
 * deb on Linux, dmg on macOS, an NSIS installer on Windows — each built on its own platform,
 * because the package ships that platform's Node and native module (see below).
 *
 * What goes where (scripts/package.ts stages it in a temporary folder first):
 * - app.asar: only the Electron main and preload bundles (self-contained, no node_modules), so
 *   there is nothing native in the Electron app and nothing to rebuild for Electron.
 * - resources/backend/: the backend, renderer, lessons and production node_modules as plain
 *   files, laid out as in the project, and the Node that runs them — the same Node that built
 *   better-sqlite3 during `npm install`, so the native module matches it. Plain files, not the
 *   asar: a separate Node cannot read an asar, and the learner's processes read node_modules
 *   through Node's permission model.
 * - Fuses: Electron's binary cannot run as Node (RunAsNode off), ignores NODE_OPTIONS and the
 *   --inspect flags, and loads the app only from an asar whose integrity it checks (on macOS
 *   and Windows; Electron has no asar integrity check on Linux).
 */
import { packagedBackend } from './electron.config.js';

export const packaging = {
  /** Where the installers land, one folder per platform. */
  outputDir: 'release',
  /** electron-builder is run through npx at this version; it is not a devDependency (see README). */
  builderVersion: '26.17.0',
  appId: 'dev.backend-sandbox.app',
  productName: 'Backend Sandbox',
};

export interface BuilderInputs {
  /** The installed Electron's version (node_modules/electron/package.json). */
  electronVersion: string;
  /**
   * What scripts/package.ts staged: app/ (the asar's content) and backend/. An absolute folder
   * outside the project, so nothing in it can resolve a module from the project's node_modules.
   */
  stageDir: string;
}

/** electron-builder's configuration, written as JSON beside the staged files. */
export function builderConfig({ electronVersion, stageDir: stage }: BuilderInputs) {
  return {
    appId: packaging.appId,
    productName: packaging.productName,
    electronVersion,
    directories: { app: `${stage}/app`, output: `${packaging.outputDir}/\${os}`, buildResources: 'build' },
    asar: true,
    files: ['**/*'],
    // The app has no dependencies to rebuild: the one native module belongs to the shipped Node.
    npmRebuild: false,
    nodeGypRebuild: false,
    extraResources: [
      { from: `${stage}/backend`, to: packagedBackend.dir, filter: ['**/*', '!node_modules{,/**}'] },
      // electron-builder drops any folder named node_modules inside another entry: give it its own.
      { from: `${stage}/backend/node_modules`, to: `${packagedBackend.dir}/node_modules`, filter: ['**/*'] },
    ],
    electronFuses: {
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    },
    linux: { target: ['AppImage', 'deb'], category: 'Education', maintainer: 'Backend Sandbox' },
    mac: { target: ['dmg'], category: 'public.app-category.education', hardenedRuntime: true },
    win: { target: ['nsis'] },
    nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
    publish: null,
  };
}
