/**
 * Proves a lesson's checks mean something: for every step, the starter code must fail that
 * step's checks and the solution must pass them, each on a freshly seeded database and a real
 * learner server in the sandbox.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CheckResult } from '../contract/api.js';
import { runChecks } from '../checks/runner.js';
import type { Lesson, LessonFile } from '../lessons/lesson.js';
import type { Sandbox } from '../sandbox/sandbox.js';
import { LESSON_DATABASE_FILE, seedDatabase, writeWorkspaceFiles } from '../workspace/workspace.js';

export type CodeVariant = 'starter' | 'solution';

export interface StepVerdict {
  lessonId: string;
  stepId: string;
  variant: CodeVariant;
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
  for (const variant of ['starter', 'solution'] as const) {
    const files = variant === 'starter' ? lesson.starterFiles : lesson.solutionFiles;
    for (const step of lesson.steps) {
      const verdict = await verifyStep(lesson, step.id, step.checksFile, variant, files, options);
      verdicts.push(verdict);
      options.onVerdict?.(verdict);
    }
  }
  return verdicts;
}

async function verifyStep(
  lesson: Lesson,
  stepId: string,
  checksFile: string,
  variant: CodeVariant,
  files: readonly LessonFile[],
  options: VerifyOptions,
): Promise<StepVerdict> {
  const started = performance.now();
  const outcome = await runStepOnFreshWorkspace(lesson, { stepId, checksFile }, files, options);
  const verdict = judge(variant, outcome);
  return { lessonId: lesson.id, stepId, variant, ...verdict, durationMs: Math.round(performance.now() - started) };
}

type StepOutcome = { started: false; reason: string } | { started: true; results: CheckResult[] };

async function runStepOnFreshWorkspace(
  lesson: Lesson,
  step: { stepId: string; checksFile: string },
  files: readonly LessonFile[],
  options: VerifyOptions,
): Promise<StepOutcome> {
  const dir = await mkdtemp(join(tmpdir(), 'backend-sandbox-verify-'));
  try {
    await writeWorkspaceFiles(dir, files);
    const databasePath = join(dir, LESSON_DATABASE_FILE);
    seedDatabase(databasePath, lesson.seedSql);
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
      const { results } = await runChecks({ baseUrl: `http://127.0.0.1:${started.server.port}`, databasePath, steps: [step], onResult: () => undefined });
      return { started: true, results };
    } finally {
      await started.server.stop();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function judge(variant: CodeVariant, outcome: StepOutcome): { ok: boolean; problem?: string } {
  if (!outcome.started) {
    return variant === 'starter'
      ? { ok: false, problem: `the starter code does not start, so the learner cannot begin: ${outcome.reason}` }
      : { ok: false, problem: `the solution does not start: ${outcome.reason}` };
  }
  const failed = outcome.results.filter((result) => result.status === 'failed');
  if (variant === 'starter') {
    return failed.length > 0 ? { ok: true } : { ok: false, problem: 'the starter code already passes every check of this step' };
  }
  return failed.length === 0
    ? { ok: true }
    : { ok: false, problem: `the solution fails: ${failed.map((result) => `"${result.name}": ${result.message}`).join('; ')}` };
}
