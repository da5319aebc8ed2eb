/**
 * One thing at a time per lesson: a check run, a stop, a database reset. A second click waits
 * for the first instead of racing it (a stop during a start, a reset under a running check), and
 * shutdown can wait for whatever is under way.
 */
export class LessonQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(lessonId: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(lessonId) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(task);
    this.tails.set(lessonId, next);
    void next.finally(() => {
      if (this.tails.get(lessonId) === next) this.tails.delete(lessonId);
    }).catch(() => undefined);
    return next;
  }

  /** Resolves when every queued task has settled. */
  async drain(): Promise<void> {
    while (this.tails.size > 0) await Promise.allSettled([...this.tails.values()]);
  }
}
