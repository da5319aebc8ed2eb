/**
 * The restart policy: a backend that crashes now and then is restarted, one that crashes again
 * and again is not (it would only crash-loop and hide its error behind a flickering screen).
 */

export interface CrashLimit {
  /** This many crashes… */
  crashes: number;
  /** …within this many milliseconds of each other means: give up. */
  withinMs: number;
}

export const DEFAULT_CRASH_LIMIT: CrashLimit = { crashes: 3, withinMs: 60_000 };

export type CrashVerdict = 'restart' | 'give-up';

export class CrashHistory {
  private times: number[] = [];

  constructor(private readonly limit: CrashLimit = DEFAULT_CRASH_LIMIT) {}

  /** Records a crash at `now` (ms) and says what to do about it. */
  record(now: number): CrashVerdict {
    this.times = [...this.times.filter((time) => now - time < this.limit.withinMs), now];
    return this.times.length >= this.limit.crashes ? 'give-up' : 'restart';
  }

  /** The learner asked to try again: earlier crashes no longer count. */
  forget(): void {
    this.times = [];
  }
}
