/**
 * What `npm run build` produces, one entry per target. The backend and the Electron shell are
 * bundled by esbuild; the renderer is built by Vite.
 */
export interface NodeTarget {
  entry: string;
  outfile: string;
  format: 'esm' | 'cjs';
  /**
   * The backend leaves its npm dependencies in node_modules, so the one native build of
   * better-sqlite3 serves it and the learner's code. The Electron bundles take theirs in (pure
   * JavaScript such as zod), so a packaged app.asar needs no node_modules at all.
   */
  packages: 'external' | 'bundle';
  /** Modules that must not be bundled. */
  external: string[];
}

export const nodeTargets = {
  backend: {
    entry: 'src-main/server/main.ts',
    outfile: 'dist/backend/main.mjs',
    format: 'esm',
    packages: 'external',
    external: [],
  },
  /** The SQL console's own process (sql-console-process.ts finds it beside the backend bundle). */
  sqlRunner: {
    entry: 'src-main/workbench/sql-runner.ts',
    outfile: 'dist/backend/sql-runner.mjs',
    format: 'esm',
    packages: 'external',
    external: [],
  },
  electronMain: {
    entry: 'src-main/electron/main.ts',
    outfile: 'dist/electron/main.cjs',
    format: 'cjs',
    packages: 'bundle',
    external: ['electron'],
  },
  electronPreload: {
    entry: 'src-main/electron/preload.ts',
    outfile: 'dist/electron/preload.cjs',
    format: 'cjs',
    packages: 'bundle',
    external: ['electron'],
  },
} satisfies Record<string, NodeTarget>;

/**
 * The packaged app (`npm run package`, see packaging.config.ts). Electron's own files go into
 * app.asar; the backend goes beside it under Electron's resources folder as plain files laid out
 * like this project (dist/, lessons/, node_modules/), together with the Node that runs it and the
 * learner's code: Electron's binary cannot be that Node once its RunAsNode fuse is off, and the
 * learner's processes need Node's own command-line flags (the permission model) anyway.
 */
export const packagedBackend = {
  /** Under Electron's resources folder (process.resourcesPath). */
  dir: 'backend',
};

/** The Node executable's name in packagedBackend.dir. */
export function nodeExecutableName(platform: NodeJS.Platform): string {
  return platform === 'win32' ? 'node.exe' : 'node';
}

/** Plain files the backend loads at run time from beside its bundle. */
export const backendAssets = [
  'src-main/sandbox/loopback-guard.cjs',
  'src-main/sandbox/signal-guard.cjs',
  'src-main/sandbox/sqlite-guard.cjs',
  'src-main/sandbox/warm-start.cjs',
];

export const renderer = {
  root: 'src-renderer',
  outDir: 'dist/renderer',
};

/**
 * Type definitions of the libraries learner code imports, shipped to Monaco so the editor
 * knows `express`, `better-sqlite3` and `ws` as well as a local IDE would. Their @types
 * dependencies are followed automatically.
 */
export const learnerTypePackages = ['@types/node', '@types/express', '@types/better-sqlite3', '@types/ws'];
