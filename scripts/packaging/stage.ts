/**
 * Lays out what electron-builder packs (see packaging.config.ts), from a finished `npm run build`:
 *
 *   <stage>/app/        package.json + dist/electron/ (becomes app.asar)
 *   <stage>/backend/    node, dist/backend/, dist/renderer/, lessons/, node_modules/ (production only)
 *
 * and proves the backend half works before anything is packed: smoke-test.ts starts it with
 * the staged Node, exactly as the packaged app will.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { nodeExecutableName, nodeTargets, renderer } from '../../electron.config.js';

export interface StagedApp {
  appDir: string;
  backendDir: string;
  nodePath: string;
}

export function stage(projectRoot: string, stageDir: string, nodeBinary: string, platform = process.platform): StagedApp {
  rmSync(stageDir, { recursive: true, force: true });
  const appDir = join(stageDir, 'app');
  const backendDir = join(stageDir, 'backend');
  stageElectronApp(projectRoot, appDir);
  stageBackend(projectRoot, backendDir);
  const nodePath = join(backendDir, nodeExecutableName(platform));
  copyFileSync(nodeBinary, nodePath);
  chmodSync(nodePath, 0o755);
  return { appDir, backendDir, nodePath };
}

/** The asar's content: the bundles and a package.json with no dependencies. */
function stageElectronApp(projectRoot: string, appDir: string): void {
  const project = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as Record<string, unknown>;
  mkdirSync(appDir, { recursive: true });
  for (const target of [nodeTargets.electronMain, nodeTargets.electronPreload]) {
    copyInto(projectRoot, appDir, target.outfile);
  }
  const { name, version, description } = project;
  writeFileSync(
    join(appDir, 'package.json'),
    JSON.stringify({ name, productName: 'Backend Sandbox', version, description, author: 'Backend Sandbox', main: nodeTargets.electronMain.outfile }, null, 2),
  );
}

function stageBackend(projectRoot: string, backendDir: string): void {
  mkdirSync(backendDir, { recursive: true });
  cpSync(join(projectRoot, 'dist', 'backend'), join(backendDir, 'dist', 'backend'), { recursive: true });
  cpSync(join(projectRoot, renderer.outDir), join(backendDir, renderer.outDir), { recursive: true });
  cpSync(join(projectRoot, 'lessons'), join(backendDir, 'lessons'), { recursive: true });
  for (const packageDir of productionPackageDirs(projectRoot)) {
    const target = join(backendDir, relative(projectRoot, packageDir));
    cpSync(packageDir, target, { recursive: true, filter: (source) => !isBuildLeftover(packageDir, source) });
  }
}

/**
 * Every installed package the app needs at run time — dependencies, theirs, and the optional
 * platform packages that are installed (esbuild's binary) — as npm itself resolves them.
 */
export function productionPackageDirs(projectRoot: string): string[] {
  const listing = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: projectRoot, encoding: 'utf8' });
  const dirs = listing.split('\n').filter((dir) => dir !== '' && dir !== projectRoot);
  // A package inside another one's node_modules is copied with it.
  return dirs.filter((dir) => !dirs.some((other) => other !== dir && dir.startsWith(`${other}${sep}`)));
}

/**
 * What a native module built from source leaves behind besides the one file it loads
 * (build/Release/*.node): its C sources, the compiler's objects. better-sqlite3's 28 MB become ~2.
 */
export function isBuildLeftover(packageDir: string, source: string): boolean {
  if (!existsSync(join(packageDir, 'binding.gyp'))) return false;
  const path = relative(packageDir, source).split(sep);
  if (path[0] === 'deps' || path[0] === 'src') return true;
  if (path[0] !== 'build' || path.length === 1) return false;
  return !(path[1] === 'Release' && (path.length === 2 || (path.length === 3 && basename(source).endsWith('.node'))));
}

/**
 * A Node built by a Linux distribution (Debian's, Ubuntu's) links against libnode.so and runs
 * only where that library is installed: a package must ship a self-contained build (nodejs.org's).
 */
export function nodeNeedsSharedLibnode(lddOutput: string): boolean {
  return /\blibnode\.so/.test(lddOutput);
}

function copyInto(fromRoot: string, toRoot: string, path: string): void {
  mkdirSync(join(toRoot, path, '..'), { recursive: true });
  copyFileSync(join(fromRoot, path), join(toRoot, path));
}
