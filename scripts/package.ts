/**
 * `npm run package` (after the build): installers for this platform, with electron-builder.
 *
 *   npm run package                      stage, smoke-test, then run electron-builder
 *   npm run package -- --stage-only      stage and smoke-test only (needs no network)
 *   npm run package -- --node <path>     ship that Node instead of the one running this script
 *
 * The shipped Node must be a self-contained build (nodejs.org's) of the version that ran
 * `npm install`, so better-sqlite3's native build matches it; the smoke test proves it does.
 * electron-builder runs through npx at a pinned version and downloads Electron's binary for the
 * target, so that step needs the network.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { builderConfig, packaging } from '../packaging.config.js';
import { smokeTestStagedBackend } from './packaging/smoke-test.js';
import { nodeNeedsSharedLibnode, stage } from './packaging/stage.js';

const projectRoot = join(import.meta.dirname, '..');
const { values } = parseArgs({ options: { 'stage-only': { type: 'boolean' }, node: { type: 'string' } }, strict: true });
const nodeBinary = values.node ?? process.execPath;

if (process.platform === 'linux' && nodeNeedsSharedLibnode(execFileSync('ldd', [nodeBinary], { encoding: 'utf8' }))) {
  console.error(`${nodeBinary} needs libnode.so (a distribution's Node): pass a self-contained one from nodejs.org with --node.`);
  process.exit(1);
}

const stageDir = join(tmpdir(), 'backend-sandbox-package');
const staged = stage(projectRoot, stageDir, nodeBinary);
console.log(`Staged the app in ${stageDir} with Node ${execFileSync(staged.nodePath, ['--version'], { encoding: 'utf8' }).trim()}.`);
await smokeTestStagedBackend(staged);
console.log('The staged backend passed a lesson step on its own Node.');
if (values['stage-only']) process.exit(0);

const electronVersion = (JSON.parse(readFileSync(join(projectRoot, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;
const configFile = join(stageDir, 'electron-builder.json');
writeFileSync(configFile, JSON.stringify(builderConfig({ electronVersion, stageDir }), null, 2));
const platformFlag = { darwin: '--mac', win32: '--win' }[process.platform as string] ?? '--linux';
execFileSync('npx', ['--yes', `electron-builder@${packaging.builderVersion}`, platformFlag, '--config', configFile, '--publish', 'never'], {
  cwd: projectRoot,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
console.log(`Installers are in ${join(packaging.outputDir)}/.`);
