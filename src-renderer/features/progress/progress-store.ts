/** The set of passed steps: loaded from /api/progress, extended by every passing run. */
import type { ApiClient } from '../../api/client.js';
import { passedSet, progressKey } from './progress.js';

export class ProgressStore {
  private passed: ReadonlySet<string> = new Set();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly client: ApiClient) {}

  async load(): Promise<void> {
    const { progress } = await this.client.getProgress();
    const merged = new Set(this.passed);
    for (const key of passedSet(progress)) merged.add(key);
    this.passed = merged;
    this.emit();
  }

  markPassed(lessonId: string, stepId: string): void {
    const key = progressKey(lessonId, stepId);
    if (this.passed.has(key)) return;
    this.passed = new Set([...this.passed, key]);
    this.emit();
  }

  snapshot = (): ReadonlySet<string> => this.passed;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
