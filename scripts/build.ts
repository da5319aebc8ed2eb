/** Builds every target named in electron.config.ts into dist/. */
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { BUILD_STAMP, isBuildFresh } from './build-freshness.js';
import { basename, dirname, join } from 'node:path';
import { backendAssets, learnerTypePackages, nodeTargets, renderer } from '../electron.config.js';
import { collectTypeLibraries } from './collect-type-libraries.js';

const root = join(import.meta.dirname, '..');

async function buildNodeTargets(): Promise<void> {
  await Promise.all(
    Object.values(nodeTargets).map((target) =>
      esbuild({
        entryPoints: [join(root, target.entry)],
        outfile: join(root, target.outfile),
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: target.format,
        packages: target.packages,
        external: target.external,
        sourcemap: 'linked',
        logLevel: 'warning',
      }),
    ),
  );
  const backendDir = dirname(join(root, nodeTargets.backend.outfile));
  await Promise.all(backendAssets.map((asset) => copyFile(join(root, asset), join(backendDir, basename(asset)))));
}

async function buildRenderer(): Promise<void> {
  await viteBuild({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
  const typesDir = join(root, renderer.outDir, 'types');
  await mkdir(typesDir, { recursive: true });
  const files = await collectTypeLibraries(join(root, 'node_modules'), learnerTypePackages);
  await writeFile(join(typesDir, 'learner-libs.json'), JSON.stringify({ files }));
}

// `--if-stale` (used by `npm start`) builds only when a source is newer than the last build.
if (process.argv.includes('--if-stale') && isBuildFresh(root)) process.exit(0);
const started = performance.now();
await Promise.all([buildNodeTargets(), buildRenderer()]);
await writeFile(join(root, BUILD_STAMP), new Date().toISOString());
console.log(`built dist/ in ${Math.round(performance.now() - started)} ms`);
