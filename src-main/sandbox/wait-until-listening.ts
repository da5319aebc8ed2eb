/**
 * The start-up race of a learner server: it accepts connections, or its process ends, or the
 * start timeout passes — whichever comes first.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { LearnerProcess } from './learner-process.js';
import { waitForListener, type ListenTarget } from './wait-for-port.js';

export type StartOutcome = 'listening' | 'exited' | 'timed-out';

export async function waitUntilListening(child: LearnerProcess, target: ListenTarget, timeoutMs: number): Promise<StartOutcome> {
  const settled = new AbortController();
  try {
    return await Promise.race([
      waitForListener(target, settled.signal).then(() => 'listening' as const),
      child.exited.then(() => 'exited' as const),
      // Rejects once the race is settled and aborted; Promise.race has already handled that.
      sleep(timeoutMs, 'timed-out' as const, { signal: settled.signal }),
    ]);
  } finally {
    settled.abort();
  }
}
