import { describe, expect, it } from 'vitest';
import { describePace, minimumDurationMs, plannedStarts, sendPaced, validateBurst } from '../../../src-main/checks/burst-pace.js';
import { rateLimitHeaders, summarizeBurst } from '../../../src-main/checks/burst-result.js';

/** Real timers, short waits: the pacing is measured, not simulated. */
const tools = { delay: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)), now: () => performance.now() };
const after = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('planning a burst', () => {
  it('spaces starts evenly for a rate, and starts all at once without one', () => {
    expect(plannedStarts(4, { ratePerSecond: 20 })).toEqual([0, 50, 100, 150]);
    expect(plannedStarts(3, { concurrency: 2 })).toEqual([0, 0, 0]);
    expect(minimumDurationMs(11, { ratePerSecond: 10 })).toBe(1000);
    expect(minimumDurationMs(1, { ratePerSecond: 1 })).toBe(0);
  });

  it('describes the pace for the learner', () => {
    expect(describePace(12, { ratePerSecond: 20 })).toBe('12 requests, at 20 per second');
    expect(describePace(5, { concurrency: 2 })).toBe('5 requests, at most 2 at a time');
    expect(describePace(1, {})).toBe('1 request, all at once');
  });

  it('refuses bursts that cannot be sent as asked', () => {
    expect(() => validateBurst(0, {})).toThrow('A burst sends 1 to 1000 requests; count was 0.');
    expect(() => validateBurst(1001, {})).toThrow(/count was 1001/);
    expect(() => validateBurst(2.5, {})).toThrow(/count was 2.5/);
    expect(() => validateBurst(5, { ratePerSecond: 0 })).toThrow('ratePerSecond must be a positive number; it was 0.');
    expect(() => validateBurst(5, { concurrency: 0 })).toThrow(/concurrency must be a whole number/);
    expect(() => validateBurst(5, { ratePerSecond: 10, concurrency: 2 })).not.toThrow();
  });
});

describe('sendPaced', () => {
  it('keeps to the rate and returns results in index order', async () => {
    const sent = await sendPaced(5, { ratePerSecond: 50 }, (index) => after(index === 0 ? 60 : 1, index * 10), tools);
    expect(sent.map((entry) => entry.result)).toEqual([0, 10, 20, 30, 40]);
    const starts = sent.map((entry) => entry.sentAtMs);
    for (const [index, start] of starts.entries()) {
      expect(start).toBeGreaterThanOrEqual(index * 20 - 2);
      expect(start).toBeLessThan(index * 20 + 40);
    }
  });

  it('never has more than `concurrency` requests waiting for an answer', async () => {
    let inFlight = 0;
    let most = 0;
    await sendPaced(9, { concurrency: 3 }, async () => {
      most = Math.max(most, ++inFlight);
      await after(15, undefined);
      inFlight--;
    }, tools);
    expect(most).toBe(3);
  });

  it('sends everything at once without a pace', async () => {
    let inFlight = 0;
    let most = 0;
    await sendPaced(6, {}, async () => {
      most = Math.max(most, ++inFlight);
      await after(10, undefined);
      inFlight--;
    }, tools);
    expect(most).toBe(6);
  });

  it('stops sending after a failure, lets the others finish, then throws it', async () => {
    const started: number[] = [];
    const run = sendPaced(10, { ratePerSecond: 100 }, async (index) => {
      started.push(index);
      if (index === 2) throw new Error('no answer');
      return after(5, index);
    }, tools);
    await expect(run).rejects.toThrow('no answer');
    expect(started.length).toBeLessThan(10);
  });

  it('stops when its delay is cancelled (the check ended)', async () => {
    const controller = new AbortController();
    const cancellable = {
      now: tools.now,
      delay: (ms: number) => new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, ms);
        controller.signal.addEventListener('abort', () => (clearTimeout(timer), reject(new Error('check ended'))));
      }),
    };
    const started: number[] = [];
    const run = sendPaced(100, { ratePerSecond: 100 }, async (index) => void started.push(index), cancellable);
    setTimeout(() => controller.abort(), 45);
    await expect(run).rejects.toThrow('check ended');
    expect(started.length).toBeGreaterThan(2);
    expect(started.length).toBeLessThan(10);
  });
});

describe('summarizeBurst', () => {
  const response = (index: number, status: number) => ({ index, sentAtMs: index * 10, status, durationMs: 1, headers: {}, text: '' });

  it('counts statuses and finds the first of one', () => {
    const burst = summarizeBurst([response(0, 200), response(1, 200), response(2, 429), response(3, 429)], 42);
    expect(burst.statuses).toEqual([200, 200, 429, 429]);
    expect(burst.statusCounts).toEqual({ 200: 2, 429: 2 });
    expect(burst.firstIndexWith(429)).toBe(2);
    expect(burst.firstIndexWith(503)).toBeUndefined();
    expect(burst.durationMs).toBe(42);
  });

  it('keeps only the headers that explain a rate limit', () => {
    const headers = { 'retry-after': '1', 'x-ratelimit-remaining': '0', 'ratelimit-policy': '5;w=1', ratelimit: 'limit=5', 'x-rate-limit-reset': '3', 'content-type': 'text/plain', 'x-request-id': '7' };
    expect(Object.keys(rateLimitHeaders(headers)).sort()).toEqual(['ratelimit', 'ratelimit-policy', 'retry-after', 'x-rate-limit-reset', 'x-ratelimit-remaining']);
  });
});
