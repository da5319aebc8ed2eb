/**
 * "Run checks": bring up the learner's current code, run the checks of the chosen step and of
 * every step before it (a later step must not break an earlier one), stream each verdict, and
 * remember the step as passed when all of them pass.
 */
import { randomUUID } from 'node:crypto';
import type { CheckResult, CheckRun } from '../contract/api.js';
import type { ServerEvent } from '../contract/events.js';
import { countChecks, runChecks } from '../checks/runner.js';
import type { Lesson } from '../lessons/lesson.js';
import type { ProgressStore } from '../store/progress-store.js';
import { HttpError } from './http/http-error.js';
import type { LearnerServers } from './learner-servers.js';
import { isResponsive } from '../checks/responsiveness.js';

export class CheckRuns {
  /** One run per lesson at a time: a second click waits for the first instead of racing it. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly servers: LearnerServers,
    private readonly progress: ProgressStore,
    private readonly publish: (event: ServerEvent) => void,
  ) {}

  run(lesson: Lesson, stepId: string): Promise<CheckRun> {
    const previous = this.queues.get(lesson.id) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => this.runNow(lesson, stepId));
    this.queues.set(lesson.id, next);
    return next;
  }

  private async runNow(lesson: Lesson, stepId: string): Promise<CheckRun> {
    const stepIndex = lesson.steps.findIndex((step) => step.id === stepId);
    if (stepIndex < 0) throw new HttpError(404, `Lesson ${lesson.id} has no step "${stepId}".`);
    const steps = lesson.steps.slice(0, stepIndex + 1).map((step) => ({ stepId: step.id, checksFile: step.checksFile }));
    const runId = randomUUID();
    const started = performance.now();
    this.publish({ type: 'check.started', runId, lessonId: lesson.id, stepId, total: await countChecks(steps) });

    const ensured = await this.servers.ensureCurrent(lesson);
    let results: CheckResult[] = [];
    if (ensured.ok) {
      results = await runChecks({
        baseUrl: `http://127.0.0.1:${ensured.server.port}`,
        databasePath: ensured.workspace.databasePath,
        steps,
        onResult: (result) => this.publish({ type: 'check.result', runId, lessonId: lesson.id, result }),
      });
      await this.stopIfHung(lesson.id, ensured.server.port);
    }
    const passed = ensured.ok && results.every((result) => result.status === 'passed');
    const passedSteps = ensured.ok ? provenSteps(steps, results) : [];
    for (const proven of passedSteps) this.progress.markPassed(lesson.id, proven);
    const run: CheckRun = {
      runId,
      lessonId: lesson.id,
      stepId,
      passed,
      passedSteps,
      durationMs: Math.round(performance.now() - started),
      results,
      ...(ensured.ok ? {} : { serverFailure: ensured.failure }),
    };
    this.publish({ type: 'check.finished', run });
    return run;
  }

  /** A handler stuck in a loop blocks the learner's whole server: stop it rather than leave it spinning. */
  private async stopIfHung(lessonId: string, port: number): Promise<void> {
    if (await isResponsive(port)) return;
    await this.servers.stop(
      lessonId,
      'killed',
      'Your server stopped answering requests (is there an endless loop in a route handler?), so it was stopped. Fix the code and run the checks again.',
    );
  }
}

/** The leading steps whose checks all passed: a step counts only when every step before it does too. */
function provenSteps(steps: readonly { stepId: string }[], results: readonly CheckResult[]): string[] {
  const proven: string[] = [];
  for (const { stepId } of steps) {
    const own = results.filter((result) => result.stepId === stepId);
    if (own.length === 0 || own.some((result) => result.status !== 'passed')) break;
    proven.push(stepId);
  }
  return proven;
}
