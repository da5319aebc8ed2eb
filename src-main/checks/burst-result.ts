/** A burst's answers with the summaries rate-limit checks ask for. */
import type { BurstEntryRecord } from '../contract/api.js';
import type { BurstResponse, BurstResult } from './tester-api.js';

export function summarizeBurst(responses: BurstResponse[], durationMs: number): BurstResult {
  const statuses = responses.map((response) => response.status);
  const statusCounts: Record<number, number> = {};
  for (const status of statuses) statusCounts[status] = (statusCounts[status] ?? 0) + 1;
  return {
    responses,
    statuses,
    statusCounts,
    firstIndexWith(status) {
      const index = statuses.indexOf(status);
      return index < 0 ? undefined : index;
    },
    durationMs,
  };
}

/** The headers that explain a limit: Retry-After and the RateLimit family (draft and X- forms). */
const RATE_LIMIT_HEADER = /^(?:retry-after|x-rate-?limit-.+|(?:x-)?ratelimit(?:-.+)?)$/;

export function rateLimitHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => RATE_LIMIT_HEADER.test(name)));
}

/** What the learner sees of one answer in the burst's timeline. */
export function toEntryRecord(response: BurstResponse): BurstEntryRecord {
  const { index, sentAtMs, status, durationMs, headers } = response;
  return { index, sentAtMs: Math.round(sentAtMs), status, durationMs: Math.round(durationMs), headers: rateLimitHeaders(headers) };
}
