/**
 * The set of passed steps, mirrored from the backend, which records progress itself: loaded from
 * /api/progress, then extended by the `check.finished` event of every run, whichever window started it.
 */
import type { StepProgress } from '../../../src-main/contract/api.js';
import type { ServerEvent } from '../../../src-main/contract/events.js';
import type { ApiClient } from '../../api/client.js';
import { passedSet, progressKey } from './progress.js';

export class ProgressStore {
  private passed: ReadonlySet<string> = new Set();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly client: Pick<ApiClient, 'getProgress'>) {}

  async load(): Promise<void> {
    const { progress } = await this.client.getProgress();
    this.add(passedSet(progress));
  }

  /** The one place the page learns of newly passed steps. */
  onServerEvent(event: ServerEvent): void {
    if (event.type === 'check.finished') {
      // A run can prove several steps (the earlier ones too), and a failed run can still prove the earlier ones.
      this.add(event.run.passedSteps.map((stepId) => progressKey(event.run.lessonId, stepId)));
    } else if (event.type === 'ready') {
      // Runs that finished while the socket was down are known only to the backend's record.
      this.load().catch(() => undefined);
    }
  }

  /** After a reset: the lesson's passed steps are exactly these now (a reset can only take passes away). */
  replaceLesson(lessonId: string, progress: readonly StepProgress[]): void {
    const kept = [...this.passed].filter((key) => !key.startsWith(progressKey(lessonId, '')));
    this.passed = new Set([...kept, ...passedSet(progress)]);
    for (const listener of this.listeners) listener();
  }

  snapshot = (): ReadonlySet<string> => this.passed;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private add(keys: Iterable<string>): void {
    const merged = new Set(this.passed);
    for (const key of keys) merged.add(key);
    if (merged.size === this.passed.size) return;
    this.passed = merged;
    for (const listener of this.listeners) listener();
  }
}
