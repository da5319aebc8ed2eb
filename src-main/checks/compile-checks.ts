/**
 * Compiles a step's checks.ts (and any local files it imports) into one ES module with esbuild.
 *
 * npm packages are not bundled: each bare import becomes an absolute file: URL to the package
 * esbuild resolved. Bundling zod into every checks file cost ~200 ms to build and ~100 ms to
 * import, per step; pointing at the installed package costs ~2 ms and shares one zod with the app.
 * (A file: URL also works from the data: URL module the loader imports, where a bare name would not.)
 */
import { build, type BuildFailure, type Message, type Plugin } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire, isBuiltin } from 'node:module';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface CompiledChecks {
  code: string;
  /** Every local file that went into the bundle. */
  inputs: string[];
  /** A hash of exactly the content that was compiled. */
  fingerprint: string;
}

const TESTER_API_MODULE = 'backend-sandbox/checks';

/**
 * Where the app's own packages live. A lessons folder outside the project (an author's draft, a
 * test's temp copy) has no node_modules above it, yet its checks may import zod: fall back to ours.
 */
const APP_NODE_PATHS = createRequire(import.meta.url).resolve.paths('zod') ?? [];

/** The author-facing API is types only, so at run time it is an empty module. */
const testerApiPlugin: Plugin = {
  name: 'tester-api',
  setup(build) {
    build.onResolve({ filter: /^backend-sandbox\/checks$/ }, () => ({ path: TESTER_API_MODULE, namespace: 'tester-api' }));
    build.onLoad({ filter: /.*/, namespace: 'tester-api' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

const RESOLVING = Symbol('resolving');

const packagesByUrlPlugin: Plugin = {
  name: 'packages-by-url',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === RESOLVING || isBuiltin(args.path)) return undefined;
      const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: RESOLVING });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      return { path: pathToFileURL(resolved.path).href, external: true };
    });
  },
};

/** Reads local files itself, so the fingerprint covers the very bytes esbuild compiled. */
function recordInputsPlugin(contents: Map<string, string>): Plugin {
  return {
    name: 'record-inputs',
    setup(build) {
      build.onLoad({ filter: /.*/, namespace: 'file' }, async (args) => {
        const text = await readFile(args.path, 'utf8');
        contents.set(args.path, text);
        return { contents: text, loader: 'default' };
      });
    },
  };
}

function fingerprint(contents: ReadonlyMap<string, string>): string {
  const hash = createHash('sha256');
  for (const path of [...contents.keys()].sort()) hash.update(`${path}\0${contents.get(path)}\0`);
  return hash.digest('hex');
}

/** The current fingerprint of files compiled before; throws if one has gone. */
export async function fingerprintFiles(paths: readonly string[]): Promise<string> {
  const contents = new Map(await Promise.all(paths.map(async (path) => [path, await readFile(path, 'utf8')] as const)));
  return fingerprint(contents);
}

function formatMessage(message: Message): string {
  const where = message.location ? `${message.location.file}:${message.location.line}:${message.location.column + 1}: ` : '';
  return `${where}${message.text}`;
}

export async function compileChecks(file: string): Promise<CompiledChecks> {
  const contents = new Map<string, string>();
  try {
    const result = await build({
      entryPoints: [file],
      // Error locations then read "checks.ts:3:7", relative to the step folder.
      absWorkingDir: dirname(file),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      write: false,
      nodePaths: APP_NODE_PATHS,
      logLevel: 'silent',
      plugins: [testerApiPlugin, packagesByUrlPlugin, recordInputsPlugin(contents)],
    });
    const code = result.outputFiles[0]?.text ?? '';
    return { code, inputs: [...contents.keys()], fingerprint: fingerprint(contents) };
  } catch (error) {
    const errors = (error as Partial<BuildFailure>).errors;
    if (!errors) throw error;
    throw new Error(errors.map(formatMessage).join('\n'), { cause: error });
  }
}
