/**
 * What `npm run build` produces, one entry per target. The backend and Electron main are
 * bundled by esbuild (their npm dependencies stay external so the one native build of
 * better-sqlite3 is shared); the renderer is built by Vite.
 */
export interface NodeTarget {
  entry: string;
  outfile: string;
  format: 'esm' | 'cjs';
  /** Modules that must not be bundled. */
  external: string[];
}

export const nodeTargets = {
  backend: {
    entry: 'src-main/server/main.ts',
    outfile: 'dist/backend/main.mjs',
    format: 'esm',
    external: [],
  },
  electronMain: {
    entry: 'src-main/electron/main.ts',
    outfile: 'dist/electron/main.cjs',
    format: 'cjs',
    external: ['electron'],
  },
  electronPreload: {
    entry: 'src-main/electron/preload.ts',
    outfile: 'dist/electron/preload.cjs',
    format: 'cjs',
    external: ['electron'],
  },
} satisfies Record<string, NodeTarget>;

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
 * knows `express` and `better-sqlite3` as well as a local IDE would. Their @types dependencies
 * are followed automatically.
 */
export const learnerTypePackages = ['@types/node', '@types/express', '@types/better-sqlite3'];
