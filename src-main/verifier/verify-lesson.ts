/**
 * Proves a lesson's checks mean something: for every step, the starter code must fail that
 * step's checks and the solution must pass them, each on a freshly seeded database and a real
 * learner server in the sandbox, once with `seed.sql` and once with `seed-2.sql` (different data,
 * so a check that only holds for hard-coded answers is caught).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CheckResult } from '../contract/api.js';
import { loadStepChecks, runChecks } from '../checks/runner.js';
import type { Lesson, LessonFile, Step } from '../lessons/lesson.js';
import type { Sandbox } from '../sandbox/sandbox.js';
import { LESSON_DATABASE_FILE, seedDatabase, writeWorkspaceFiles } from '../workspace/workspace.js';

export type CodeVariant = 'starter' | 'solution';
export type SeedName = 'seed.sql' | 'seed-2.sql';

export interface Seed {
  name: SeedName;
  sql: string;
}

export function seedsOf(lesson: Lesson): Seed[] {
  return [
    { name: 'seed.sql', sql: lesson.seedSql },
    { name: 'seed-2.sql', sql: lesson.secondSeedSql },
  ];
}

export interface StepVerdict {
  lessonId: string;
  stepId: string;
  variant: CodeVariant;
  seed: SeedName;
  /** What the verifier needed: the starter must fail, the solution must pass. */
  ok: boolean;
  /** Why it is not ok, in words an author can act on. */
  problem?: string;
  durationMs: number;
}

export interface VerifyOptions {
  sandbox: Sandbox;
  runtimeModulesDir: string;
  onVerdict?(verdict: StepVerdict): void;
}

export async function verifyLesson(lesson: Lesson, options: VerifyOptions): Promise<StepVerdict[]> {
  const verdicts: StepVerdict[] = [];
  for (const seed of seedsOf(lesson)) {
    for (const variant of ['starter', 'solution'] as const) {
      for (const step of lesson.steps) {
        const verdict = await verifyStep(lesson, step, variant, seed, options);
        verdicts.push(verdict);
        options.onVerdict?.(verdict);
      }
    }
  }
  return verdicts;
}

/** How many verdicts `verifyLesson` gives, for progress counters. */
export function countVerdicts(lesson: Lesson): number {
  return lesson.steps.length * 2 * seedsOf(lesson).length;
}

async function verifyStep(lesson: Lesson, step: Step, variant: CodeVariant, seed: Seed, options: VerifyOptions): Promise<StepVerdict> {
  const started = performance.now();
  const files = variant === 'starter' ? lesson.starterFiles : lesson.solutionFiles;
  const loadProblem = await checksLoadProblem(step);
  const verdict = loadProblem
    ? { ok: false, problem: loadProblem }
    : judge(variant, seed.name, await runStepsOnFreshWorkspace(lesson, [step], files, seed, options));
  return { lessonId: lesson.id, stepId: step.id, variant, seed: seed.name, ...verdict, durationMs: Math.round(performance.now() - started) };
}

/** Checks that cannot load would "fail" on the starter too: that must never count as proof. */
async function checksLoadProblem(step: Step): Promise<string | undefined> {
  try {
    await loadStepChecks(step.checksFile);
    return undefined;
  } catch (error) {
    return `the step's checks do not load: ${(error as Error).message}`;
  }
}

export type StepOutcome = { started: false; reason: string } | { started: true; results: CheckResult[] };

/**
 * Starts `files` as the learner's code on a fresh database seeded with `seed`, runs the checks of
 * `steps` in order (as the app's regression run does), and stops the server again.
 */
export async function runStepsOnFreshWorkspace(
  lesson: Lesson,
  steps: readonly Step[],
  files: readonly LessonFile[],
  seed: Seed,
  options: VerifyOptions,
): Promise<StepOutcome> {
  const dir = await mkdtemp(join(tmpdir(), 'backend-sandbox-verify-'));
  try {
    await writeWorkspaceFiles(dir, files);
    const databasePath = join(dir, LESSON_DATABASE_FILE);
    seedDatabase(databasePath, seed.sql);
    const started = await options.sandbox.start({
      workspaceDir: dir,
      entry: lesson.entry,
      databasePath,
      runtimeModulesDir: options.runtimeModulesDir,
      onOutput: () => undefined,
      onExit: () => undefined,
    });
    if (!started.ok) return { started: false, reason: started.failure.message };
    try {
      const stepChecks = steps.map((step) => ({ stepId: step.id, checksFile: step.checksFile }));
      const { results } = await runChecks({
        baseUrl: `http://127.0.0.1:${started.server.port}`,
        databasePath,
        files,
        steps: stepChecks,
        onResult: () => undefined,
      });
      return { started: true, results };
    } finally {
      await started.server.stop();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function judge(variant: CodeVariant, seed: SeedName, outcome: StepOutcome): { ok: boolean; problem?: string } {
  if (!outcome.started) {
    return variant === 'starter'
      ? { ok: false, problem: `the starter code does not start, so the learner cannot begin: ${outcome.reason}` }
      : { ok: false, problem: `the solution does not start: ${outcome.reason}` };
  }
  const failed = outcome.results.filter((result) => result.status === 'failed');
  if (variant === 'starter') {
    return failed.length > 0 ? { ok: true } : { ok: false, problem: `the starter code already passes every check of this step on ${seed}` };
  }
  return failed.length === 0
    ? { ok: true }
    : { ok: false, problem: `the solution fails on ${seed}${hardCodingHint(seed)}: ${failed.map((result) => `"${result.name}": ${result.message}`).join('; ')}` };
}

/** A solution that passes on the learner's seed but not on the second one is answering from memory. */
function hardCodingHint(seed: SeedName): string {
  return seed === 'seed-2.sql' ? ' (does it hard-code data from seed.sql?)' : '';
}
