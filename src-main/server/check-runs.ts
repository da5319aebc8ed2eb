/**
 * "Run checks": bring up the learner's current code, run the checks of the chosen step and of
 * every step before it (a later step must not break an earlier one), stream each verdict, and
 * remember every leading step that passed.
 */
import { randomUUID } from 'node:crypto';
import type { CheckResult, CheckRun, WorkspaceFile } from '../contract/api.js';
import type { ServerEvent } from '../contract/events.js';
import { countChecks, runChecks, type StepChecks } from '../checks/runner.js';
import type { Lesson, Step } from '../lessons/lesson.js';
import type { AppStore } from '../store/app-store.js';
import { HttpError } from './http/http-error.js';
import type { LearnerServers } from './learner-servers.js';
import type { LessonQueue } from './lesson-queue.js';

/** Told of each check as it lands (the workbench's timeline records what each one printed and changed). */
export interface CheckRunObserver {
  watchRun(lesson: Lesson, runId: string): (result: CheckResult) => void;
}

const HUNG_MESSAGE =
  'Your server stopped answering requests (is there an endless loop in a route handler?), so it was stopped. Fix the code and run the checks again.';

export class CheckRuns {
  constructor(
    private readonly servers: LearnerServers,
    private readonly queue: LessonQueue,
    private readonly store: Pick<AppStore, 'progress' | 'snapshots' | 'transaction'>,
    private readonly publish: (event: ServerEvent) => void,
    private readonly observer?: CheckRunObserver,
  ) {}

  run(lesson: Lesson, stepId: string): Promise<CheckRun> {
    const steps = stepsUpTo(lesson, stepId);
    return this.queue.run(lesson.id, async () => {
      const run = await this.runNow(lesson, stepId, steps);
      // After the verdict, not during it: readying the next process would compete with the checks.
      this.servers.prewarm(lesson);
      return run;
    });
  }

  private async runNow(lesson: Lesson, stepId: string, steps: StepChecks[]): Promise<CheckRun> {
    const runId = randomUUID();
    const started = performance.now();
    const ensuring = this.servers.ensureCurrent(lesson);
    this.publish({ type: 'check.started', runId, lessonId: lesson.id, stepId, total: await countChecks(steps) });
    const ensured = await ensuring;

    let results: CheckResult[] = [];
    if (ensured.ok) {
      const observe = this.observer?.watchRun(lesson, runId);
      const outcome = await runChecks({
        baseUrl: `http://127.0.0.1:${ensured.server.port}`,
        databasePath: ensured.workspace.databasePath,
        files: ensured.files,
        steps,
        onResult: (result) => {
          this.publish({ type: 'check.result', runId, lessonId: lesson.id, result });
          observe?.(result);
        },
      });
      results = outcome.results;
      // A stuck event loop blocks the learner's whole server: stop it rather than leave it spinning.
      if (outcome.serverHung) await this.servers.stop(lesson.id, 'killed', HUNG_MESSAGE);
    }
    const passedSteps = ensured.ok ? provenSteps(steps, results) : [];
    if (ensured.ok) this.recordPasses(lesson, passedSteps, ensured.files);
    const run: CheckRun = {
      runId,
      lessonId: lesson.id,
      stepId,
      passed: ensured.ok && results.every((result) => result.status === 'passed'),
      passedSteps,
      durationMs: Math.round(performance.now() - started),
      results,
      ...(ensured.ok ? {} : { serverFailure: ensured.failure }),
    };
    this.publish({ type: 'check.finished', run });
    return run;
  }

  /**
   * Marks the steps passed. A step's first pass is where the next step begins, so the files that
   * passed it become the next step's snapshot: "Reset step" goes back to them.
   */
  private recordPasses(lesson: Lesson, passedSteps: readonly string[], files: readonly WorkspaceFile[]): void {
    this.store.transaction(() => {
      for (const stepId of passedSteps) {
        const firstPass = this.store.progress.markPassed(lesson.id, stepId);
        const next = stepAfter(lesson, stepId);
        if (firstPass && next) this.store.snapshots.save(lesson.id, next.id, files);
      }
    });
  }
}

function stepAfter(lesson: Lesson, stepId: string): Step | undefined {
  const index = lesson.steps.findIndex((step) => step.id === stepId);
  return index < 0 ? undefined : lesson.steps[index + 1];
}

function stepsUpTo(lesson: Lesson, stepId: string): StepChecks[] {
  const stepIndex = lesson.steps.findIndex((step) => step.id === stepId);
  if (stepIndex < 0) throw new HttpError(404, `Lesson ${lesson.id} has no step "${stepId}".`);
  return lesson.steps.slice(0, stepIndex + 1).map((step) => ({ stepId: step.id, checksFile: step.checksFile }));
}

/** The leading steps whose checks all passed: a step counts only when every step before it does too. */
function provenSteps(steps: readonly StepChecks[], results: readonly CheckResult[]): string[] {
  const proven: string[] = [];
  for (const { stepId } of steps) {
    const own = results.filter((result) => result.stepId === stepId);
    if (own.length === 0 || own.some((result) => result.status !== 'passed')) break;
    proven.push(stepId);
  }
  return proven;
}
