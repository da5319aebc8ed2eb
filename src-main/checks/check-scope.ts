/**
 * The time one check has, and what it is waiting for. Every wait a check makes (a request, a
 * WebSocket message, a burst, a sleep) runs through here: it is cancelled when the check ends,
 * one that cannot fit in the time left fails at once, and when time runs out the timeout message
 * names what the check was still waiting for.
 */
import type { CheckExchange } from '../contract/api.js';
import { CheckFailure } from './check-failure.js';
import { seconds } from './message-format.js';

export interface Wait {
  /** What the check waits for, finishing "…ran out of time waiting for ___", e.g. "your server to answer GET /x". */
  describe(): string;
  /** Where to write `expected` when time runs out during the wait. */
  exchange?: CheckExchange;
  expected?: string;
}

/** Thrown into a wait cut short because its check ended; nobody reads it (the check already failed). */
export class CheckEnded extends Error {
  constructor() {
    super('the check ended');
  }
}

export class CheckScope {
  readonly startedAt = performance.now();
  private readonly waits = new Set<Wait>();

  constructor(
    readonly timeoutMs: number,
    readonly signal: AbortSignal,
  ) {}

  elapsedMs(): number {
    return performance.now() - this.startedAt;
  }

  remainingMs(): number {
    return this.timeoutMs - this.elapsedMs();
  }

  /** Fails at once, for the author, when `ms` more cannot fit in the check's time limit. */
  ensureFits(ms: number, what: string): void {
    const left = this.remainingMs();
    if (ms <= left) return;
    throw new CheckFailure(
      `${what} needs ${seconds(ms)}, but this check has ${seconds(Math.max(0, left))} left of its ${seconds(this.timeoutMs)}: give the check a longer timeoutMs.`,
    );
  }

  /** Runs `work` as a named wait: the timeout message can then say what the check was waiting for. */
  async waitFor<T>(wait: Wait, work: Promise<T>): Promise<T> {
    this.waits.add(wait);
    try {
      return await work;
    } finally {
      this.waits.delete(wait);
    }
  }

  /** The most recent wait still open, which is what the check is stuck on. */
  currentWait(): Wait | undefined {
    return [...this.waits].at(-1);
  }

  /** A real-time pause that ends early (rejecting) when the check ends. */
  delay(ms: number): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.signal.aborted) return reject(new CheckEnded());
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(new CheckEnded());
      };
      const timer = setTimeout(() => {
        this.signal.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      this.signal.addEventListener('abort', onAbort, { once: true });
    });
  }
}
