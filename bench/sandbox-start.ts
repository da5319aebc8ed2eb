/**
 * `npm run bench:sandbox`: what bubblewrap costs at start-up. Times `Sandbox.start` → the first
 * 200 from the learner's server (the small notes server of the sandbox tests), cold (a fresh
 * process) and prewarmed (a process spawned ahead, as after every run in the app), for each
 * isolation level this machine has. Rounds interleave the levels, so a busy machine slows all
 * of them alike; the ratios are measured in one run.
 */
import { detectIsolation } from '../src-main/sandbox/isolation.js';
import { Sandbox } from '../src-main/sandbox/sandbox.js';
import { createWorkspace, recordRun, type TestWorkspace } from '../test/fixtures/sandbox/workspace.js';
import { ms, summary } from './stats.js';

const ROUNDS = 15;
const detectStarted = performance.now();
const isolation = await detectIsolation();
const detectMs = performance.now() - detectStarted;

const levels = [
  { name: 'permission model only', sandbox: new Sandbox() },
  ...(isolation.level === 'bubblewrap' ? [{ name: 'bubblewrap', sandbox: new Sandbox(isolation) }] : []),
];

async function firstOk(port: number): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${port}/notes`);
  if (response.status !== 200) throw new Error(`the notes server answered ${response.status}`);
}

/** Start → first 200, then stop; with `prewarm`, a process for this workspace is readied (and settled) first. */
async function timedStart(sandbox: Sandbox, workspace: TestWorkspace, prewarm: boolean): Promise<number> {
  const run = recordRun(workspace);
  if (prewarm) {
    sandbox.prewarm(run.options);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // the learner reads the results meanwhile
  }
  const started = performance.now();
  const result = await sandbox.start(run.options);
  if (!result.ok) throw new Error(result.failure.message);
  await firstOk(result.server.port);
  const elapsed = performance.now() - started;
  await result.server.stop();
  return elapsed;
}

const workspaces = await Promise.all(levels.map(() => createWorkspace('good')));
const samples = levels.map(() => ({ cold: [] as number[], prewarmed: [] as number[] }));
try {
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [index, level] of levels.entries()) {
      samples[index]!.cold.push(await timedStart(level.sandbox, workspaces[index]!, false));
      samples[index]!.prewarmed.push(await timedStart(level.sandbox, workspaces[index]!, true));
    }
    process.stderr.write('.');
  }
} finally {
  await Promise.all(levels.map((level) => level.sandbox.stopAll()));
  await Promise.all(workspaces.map((workspace) => workspace.remove()));
}
process.stderr.write('\n');

console.log(`isolation detected: ${isolation.level} (probe took ${ms(detectMs)})`);
console.log(`Sandbox.start → first 200, ${ROUNDS} rounds each:`);
for (const [index, level] of levels.entries()) {
  for (const kind of ['cold', 'prewarmed'] as const) {
    const { p50, p95, min } = summary(samples[index]![kind]);
    console.log(`  ${level.name.padEnd(22)} ${kind.padEnd(9)} p50 ${ms(p50)}  p95 ${ms(p95)}  min ${ms(min)}`);
  }
}
if (levels.length === 2) {
  for (const kind of ['cold', 'prewarmed'] as const) {
    const ratio = summary(samples[1]![kind]).p50 / summary(samples[0]![kind]).p50;
    console.log(`  bubblewrap / permission model, ${kind}: ×${ratio.toFixed(2)} at p50`);
  }
}
