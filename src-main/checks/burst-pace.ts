/**
 * How a burst spaces its requests: planned start times for a rate, a cap on requests in flight
 * for a concurrency. The sending itself is passed in, so pacing is tested without a server.
 */
export interface Pace {
  ratePerSecond?: number;
  concurrency?: number;
}

export const MAX_BURST = 1000;

export interface Sent<T> {
  index: number;
  /** Milliseconds after the first request was sent. */
  sentAtMs: number;
  result: T;
}

/** Fails, for the author, on a burst that cannot be sent as asked. */
export function validateBurst(count: number, pace: Pace): void {
  if (!Number.isInteger(count) || count < 1 || count > MAX_BURST) throw new Error(`A burst sends 1 to ${MAX_BURST} requests; count was ${count}.`);
  if (pace.ratePerSecond !== undefined && !(pace.ratePerSecond > 0 && Number.isFinite(pace.ratePerSecond))) {
    throw new Error(`ratePerSecond must be a positive number; it was ${pace.ratePerSecond}.`);
  }
  if (pace.concurrency !== undefined && !(Number.isInteger(pace.concurrency) && pace.concurrency >= 1)) {
    throw new Error(`concurrency must be a whole number of at least 1; it was ${pace.concurrency}.`);
  }
}

/** When each request is due, in ms after the first: evenly spaced for a rate, all at 0 without one. */
export function plannedStarts(count: number, pace: Pace): number[] {
  const gap = pace.ratePerSecond === undefined ? 0 : 1000 / pace.ratePerSecond;
  return Array.from({ length: count }, (_, index) => index * gap);
}

/** The least time the burst can take: the last request cannot start before its planned time. */
export function minimumDurationMs(count: number, pace: Pace): number {
  return plannedStarts(count, pace).at(-1) ?? 0;
}

export function describePace(count: number, pace: Pace): string {
  const parts = [`${count} request${count === 1 ? '' : 's'}`];
  if (pace.ratePerSecond !== undefined) parts.push(`at ${pace.ratePerSecond} per second`);
  if (pace.concurrency !== undefined) parts.push(`at most ${pace.concurrency} at a time`);
  if (parts.length === 1) parts.push('all at once');
  return parts.join(', ');
}

export interface PaceTools {
  /** Waits `ms`; rejects when the burst must stop (its check ended). */
  delay(ms: number): Promise<void>;
  now(): number;
}

/**
 * Sends `count` requests through `send`, each no earlier than its planned start and never more
 * than `concurrency` unanswered at once. Stops sending after the first failure, waits for those
 * in flight, then throws that failure; otherwise returns every result in index order.
 */
export async function sendPaced<T>(count: number, pace: Pace, send: (index: number, sentAtMs: number) => Promise<T>, tools: PaceTools): Promise<Sent<T>[]> {
  const starts = plannedStarts(count, pace);
  const limit = pace.concurrency ?? count;
  const settled: Promise<void>[] = [];
  const results: Sent<T>[] = [];
  let failure: { error: unknown } | undefined;
  let inFlight = 0;
  let slotFreed: (() => void) | undefined;
  const first = tools.now();

  for (let index = 0; index < count && !failure; index++) {
    const wait = first + starts[index]! - tools.now();
    if (wait > 0) await tools.delay(wait);
    while (inFlight >= limit && !failure) await new Promise<void>((resolve) => (slotFreed = resolve));
    if (failure) break;
    inFlight++;
    const sentAtMs = tools.now() - first;
    settled.push(
      send(index, sentAtMs).then(
        (result) => void results.push({ index, sentAtMs, result }),
        (error: unknown) => void (failure ??= { error }),
      ).finally(() => {
        inFlight--;
        slotFreed?.();
      }),
    );
  }
  await Promise.all(settled);
  if (failure) throw failure.error;
  return results.sort((a, b) => a.index - b.index);
}
