/**
 * `npm run bench`: how long a learner waits from "Run checks" (after an edit) to the last
 * verdict, for the first lesson's solution — against the floor measured in the same run: a bare
 * Express + better-sqlite3 process (no sandbox, no permission model, no watchdog) spawned from a
 * prebuilt bundle, waited for, and sent the same checks.
 *
 *   npm run bench -- [runs=30]
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { runChecks } from '../src-main/checks/runner.js';
import { pickFreeLoopbackPort } from '../src-main/sandbox/free-port.js';
import { waitForPort } from '../src-main/sandbox/wait-for-port.js';
import { startBackend } from '../src-main/server/backend.js';
import { seedDatabase, writeWorkspaceFiles } from '../src-main/workspace/workspace.js';
import { ms, summary } from './stats.js';

const LESSON_ID = 'crud/01-first-endpoints';
const runs = Math.max(20, Number(process.argv[2] ?? 30));
const projectRoot = join(import.meta.dirname, '..');
const runtimeModulesDir = join(projectRoot, 'node_modules');

const dataDir = await mkdtemp(join(tmpdir(), 'bench-run-loop-'));
const backend = await startBackend({
  dataDir,
  lessonsDir: join(projectRoot, 'lessons'),
  rendererDir: join(projectRoot, 'dist', 'renderer'),
  runtimeModulesDir,
  log: () => undefined,
});
const lesson = backend.services.catalog.find(LESSON_ID);
if (!lesson) throw new Error(`${LESSON_ID} is missing`);
const lastStep = lesson.steps.at(-1)!;
const entry = lesson.solutionFiles.find((file) => file.path === lesson.entry)!;
const steps = lesson.steps.map((step) => ({ stepId: step.id, checksFile: step.checksFile }));

const api = (path: string, method: string, body: unknown) =>
  fetch(`${backend.url}${path.slice(1)}`, {
    method,
    headers: { authorization: `Bearer ${backend.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

/** Edit (autosave) then Run checks, as the page does; every edit forces a fresh learner server. */
async function editAndRun(edit: number): Promise<number> {
  const started = performance.now();
  await api(`/api/lessons/${LESSON_ID}/files/${entry.path}`, 'PUT', { content: `${entry.content}\n// edit ${edit}\n` });
  const res = await api(`/api/lessons/${LESSON_ID}/checks`, 'POST', { stepId: lastStep.id });
  const run = (await res.json()) as { passed: boolean; results: { status: string; message: string }[] };
  if (!run.passed) throw new Error(`the solution failed: ${JSON.stringify(run.results.filter((r) => r.status !== 'passed'))}`);
  return performance.now() - started;
}

/** The floor: spawn a prebuilt server with plain `node`, wait for its port, send the same checks. */
async function bareRun(bundle: string, workDir: string): Promise<number> {
  const databasePath = join(workDir, 'floor.db');
  await rm(databasePath, { force: true });
  seedDatabase(databasePath, lesson!.seedSql);
  const started = performance.now();
  const port = await pickFreeLoopbackPort();
  const child = spawn(process.execPath, [bundle], {
    env: { PORT: String(port), DATABASE_PATH: databasePath, NODE_PATH: runtimeModulesDir },
    stdio: 'ignore',
  });
  try {
    await waitForPort(port, AbortSignal.timeout(5_000));
    const results = await runChecks({ baseUrl: `http://127.0.0.1:${port}`, databasePath, steps, onResult: () => undefined });
    if (results.some((result) => result.status !== 'passed')) throw new Error('the floor server failed a check');
    return performance.now() - started;
  } finally {
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

async function prebuildFloor(workDir: string): Promise<string> {
  await writeWorkspaceFiles(workDir, lesson!.solutionFiles);
  const bundle = join(workDir, 'floor.cjs');
  await build({ entryPoints: [join(workDir, lesson!.entry)], outfile: bundle, bundle: true, packages: 'external', platform: 'node', format: 'cjs', logLevel: 'silent' });
  return bundle;
}

const floorDir = await mkdtemp(join(tmpdir(), 'bench-floor-'));
try {
  const bundle = await prebuildFloor(floorDir);
  for (let i = 0; i < 3; i++) {
    await editAndRun(-1 - i);
    await bareRun(bundle, floorDir);
  }
  const app: number[] = [];
  const floor: number[] = [];
  // Interleaved, so both see the same machine noise.
  for (let i = 0; i < runs; i++) {
    app.push(await editAndRun(i));
    floor.push(await bareRun(bundle, floorDir));
  }
  const a = summary(app);
  const f = summary(floor);
  console.log(`run-loop: ${runs} runs of edit → Run checks → last verdict (${LESSON_ID}, all ${steps.length} steps)`);
  console.table({
    'Backend Sandbox': { p50: ms(a.p50), p95: ms(a.p95), min: ms(a.min), max: ms(a.max) },
    'floor (bare node)': { p50: ms(f.p50), p95: ms(f.p95), min: ms(f.min), max: ms(f.max) },
  });
  console.log(`p50 ratio app/floor: ${(a.p50 / f.p50).toFixed(2)}×   p95 ratio: ${(a.p95 / f.p95).toFixed(2)}×   goal p50 ≤ 150 ms: ${a.p50 <= 150 ? 'met' : 'not met'}`);
} finally {
  await backend.close();
  await rm(floorDir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
}
