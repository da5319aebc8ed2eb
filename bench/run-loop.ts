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
import { waitForListener } from '../src-main/sandbox/wait-for-port.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { startBackend, type Backend } from '../src-main/server/backend.js';
import { seedDatabase, writeWorkspaceFiles } from '../src-main/workspace/workspace.js';
import { ms, summary } from './stats.js';

const LESSON_ID = 'crud/01-first-endpoints';
const runs = Math.max(20, Number(process.argv[2] ?? 30));
const projectRoot = join(import.meta.dirname, '..');
const runtimeModulesDir = join(projectRoot, 'node_modules');

/** A learner reads the verdict before the next run; the pause also keeps one measurement's background work out of the next. */
const THINKING_TIME_MS = 1000;

async function startApp(prewarm: boolean) {
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-run-loop-'));
  const backend = await startBackend({
    dataDir,
    lessonsDir: join(projectRoot, 'lessons'),
    rendererDir: join(projectRoot, 'dist', 'renderer'),
    runtimeModulesDir,
    log: () => undefined,
    prewarm,
  });
  return { backend, close: async () => { await backend.close(); await rm(dataDir, { recursive: true, force: true }); } };
}

const warmApp = await startApp(true);
const coldApp = await startApp(false);
const lesson = warmApp.backend.services.catalog.find(LESSON_ID);
if (!lesson) throw new Error(`${LESSON_ID} is missing`);
const lastStep = lesson.steps.at(-1)!;
const entry = lesson.solutionFiles.find((file) => file.path === lesson.entry)!;
const steps = lesson.steps.map((step) => ({ stepId: step.id, checksFile: step.checksFile }));

const api = (backend: Backend, path: string, method: string, body: unknown) =>
  fetch(`${backend.url}${path.slice(1)}`, {
    method,
    headers: { authorization: `Bearer ${backend.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

/** Edit (autosave) then Run checks, as the page does; every edit forces a fresh learner server. */
async function editAndRun(backend: Backend, edit: number): Promise<number> {
  await sleep(THINKING_TIME_MS);
  const started = performance.now();
  await api(backend, `/api/lessons/${LESSON_ID}/files/${entry.path}`, 'PUT', { content: `${entry.content}\n// edit ${edit}\n` });
  const res = await api(backend, `/api/lessons/${LESSON_ID}/checks`, 'POST', { stepId: lastStep.id });
  const run = (await res.json()) as { passed: boolean; results: { status: string; message: string }[] };
  if (!run.passed) throw new Error(`the solution failed: ${JSON.stringify(run.results.filter((r) => r.status !== 'passed'))}`);
  return performance.now() - started;
}

/** The floor: spawn a prebuilt server with plain `node`, wait for its port, send the same checks. */
async function bareRun(bundle: string, workDir: string): Promise<number> {
  const databasePath = join(workDir, 'floor.db');
  await rm(databasePath, { force: true });
  seedDatabase(databasePath, lesson!.seedSql);
  await sleep(THINKING_TIME_MS);
  const started = performance.now();
  const port = await pickFreeLoopbackPort();
  const child = spawn(process.execPath, [bundle], {
    env: { PORT: String(port), DATABASE_PATH: databasePath, NODE_PATH: runtimeModulesDir },
    stdio: 'ignore',
  });
  try {
    await waitForListener({ port }, AbortSignal.timeout(5_000));
    const { results } = await runChecks({ baseUrl: `http://127.0.0.1:${port}`, databasePath, files: [], steps, onResult: () => undefined });
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
    await editAndRun(warmApp.backend, -1 - i);
    await editAndRun(coldApp.backend, -1 - i);
    await bareRun(bundle, floorDir);
  }
  const warm: number[] = [];
  const cold: number[] = [];
  const floor: number[] = [];
  // Interleaved, so all three see the same machine noise.
  for (let i = 0; i < runs; i++) {
    warm.push(await editAndRun(warmApp.backend, i));
    cold.push(await editAndRun(coldApp.backend, i));
    floor.push(await bareRun(bundle, floorDir));
  }
  const f = summary(floor);
  const row = (samples: number[]) => {
    const s = summary(samples);
    return { p50: ms(s.p50), p95: ms(s.p95), min: ms(s.min), max: ms(s.max), 'p50 / floor': `${(s.p50 / f.p50).toFixed(2)}×` };
  };
  console.log(`run-loop: ${runs} runs of edit → Run checks → last verdict (${LESSON_ID}, all ${steps.length} steps' checks)`);
  console.table({
    'Backend Sandbox (prewarmed, as shipped)': row(warm),
    'Backend Sandbox (cold start)': row(cold),
    'floor: bare node, same checks': row(floor),
  });
  const p50 = summary(warm).p50;
  console.log(`edit → verdict p50 ${ms(p50)}, ${(p50 / f.p50).toFixed(2)}× the floor; goal p50 ≤ 150 ms: ${p50 <= 150 ? 'met' : 'not met'}`);
} finally {
  await warmApp.close();
  await coldApp.close();
  await rm(floorDir, { recursive: true, force: true });
}
