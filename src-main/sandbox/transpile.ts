/**
 * Turns the learner's TypeScript (or JavaScript) into one CommonJS file Node can run: the entry
 * and its relative imports are bundled, packages (`express`, `better-sqlite3`, …) stay `require`s
 * resolved at run time from the app's node_modules. No type checking: the editor does that, and a
 * type error should not stop a learner from running their server.
 */
import { build, type BuildFailure, type Metafile } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { formatBuildMessages } from './build-errors.js';

/** Where the runnable bundle goes, inside the workspace (the only folder the learner may write). */
export const BUILD_DIR = '.build';
const BUNDLE_FILE = 'server.cjs';

export type TranspileResult = { ok: true; bundlePath: string } | { ok: false; message: string };

function isBuildFailure(error: unknown): error is BuildFailure {
  return error instanceof Error && Array.isArray((error as Partial<BuildFailure>).errors);
}

/** Metafile paths are relative to the workspace; one that climbs out or is absolute left it. */
function isOutsideWorkspace(metafilePath: string): boolean {
  return metafilePath.startsWith('../') || isAbsolute(metafilePath);
}

/**
 * esbuild runs in the backend, outside the permission model, so `import secret from
 * '../../other/file.json'` would copy a file the learner's process may not read into its bundle.
 * Every input must therefore come from the workspace.
 */
function importsFromOutside(metafile: Metafile): string[] {
  return Object.entries(metafile.inputs).flatMap(([importer, input]) =>
    input.imports
      .filter((imported) => !imported.external && isOutsideWorkspace(imported.path))
      .map(
        (imported) =>
          `${importer}: "${imported.original ?? imported.path}" is outside your workspace; ` +
          'import only your own files and packages',
      ),
  );
}

function bundleInMemory(workspaceDir: string, entry: string, bundlePath: string) {
  return build({
    absWorkingDir: workspaceDir, // so messages name files as the learner sees them: `server.ts:12:5`
    entryPoints: [entry],
    outfile: bundlePath,
    bundle: true,
    packages: 'external',
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    // The workspace's own tsconfig.json must neither change how the harness compiles nor make
    // esbuild follow an `extends` outside the workspace.
    tsconfigRaw: {},
    metafile: true,
    write: false, // checked before anything lands on disk
    logLevel: 'silent',
  });
}

/** `entry` is workspace-relative, e.g. 'server.ts'. Rejects only if esbuild itself breaks. */
export async function transpileLearnerCode(workspaceDir: string, entry: string): Promise<TranspileResult> {
  const bundlePath = join(workspaceDir, BUILD_DIR, BUNDLE_FILE);
  const result = await bundleInMemory(workspaceDir, entry, bundlePath).catch((error: unknown) => {
    if (isBuildFailure(error)) return error;
    throw error;
  });
  if (isBuildFailure(result)) return { ok: false, message: formatBuildMessages(result.errors) };
  const escapes = importsFromOutside(result.metafile);
  if (escapes.length > 0) return { ok: false, message: escapes.join('\n') };
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error(`esbuild produced no output for ${entry}`);
  await mkdir(dirname(bundlePath), { recursive: true });
  await writeFile(bundlePath, output.contents);
  return { ok: true, bundlePath };
}
