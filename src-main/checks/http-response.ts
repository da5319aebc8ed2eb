/**
 * A recorded answer from the learner's server with assertions on it. A failed assertion writes
 * what it wanted onto the exchange, so the learner sees it next to the request and the response.
 */
import { STATUS_CODES } from 'node:http';
import type { z } from 'zod';
import type { HttpExchange } from '../contract/api.js';
import { CheckFailure } from './check-failure.js';
import { parseSetCookie } from './cookie-jar.js';
import { bulletList, formatPath, formatValue } from './message-format.js';
import type { HttpResponse } from './tester-api.js';

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  /** Each Set-Cookie header on its own: joined with ", " they could not be told apart. */
  setCookies: string[];
  text: string;
  durationMs: number;
}

function describeStatus(status: number): string {
  return `${status} ${STATUS_CODES[status] ?? ''}`.trim();
}

/** A nudge for the statuses that usually mean the same mistake. */
function statusHint(raw: RawResponse): string {
  if (raw.status === 404 && /Cannot [A-Z]+ \//.test(raw.text)) {
    return ' That is Express\'s own "not found" answer: no route matches this method and path.';
  }
  if (raw.status === 500) return ' A 500 usually means the route threw an error: your server\'s output says which.';
  return '';
}

function describePattern(pattern: string | RegExp): string {
  return typeof pattern === 'string' ? `containing "${pattern}"` : `matching ${String(pattern)}`;
}

/** `request` labels it in messages ("GET /todos/7"); `path` is what relative cookie paths resolve against. */
export function createHttpResponse(raw: RawResponse, exchange: HttpExchange, request: string, path: string): HttpResponse {
  let parsed: { value: unknown } | undefined;

  function fail(expected: string, message: string): never {
    exchange.expected = expected;
    throw new CheckFailure(message);
  }

  const now = Date.now();
  const response: HttpResponse = {
    status: raw.status,
    headers: raw.headers,
    cookies: raw.setCookies.flatMap((header) => parseSetCookie(header, path, now) ?? []),
    text: raw.text,
    durationMs: raw.durationMs,
    json() {
      if (parsed) return parsed.value;
      if (raw.text.trim() === '') fail('a JSON body', `${request} answered with an empty body, expected JSON.`);
      try {
        parsed = { value: JSON.parse(raw.text) };
      } catch {
        fail('a JSON body', `${request} answered with a body that is not JSON: ${formatValue(raw.text)}.`);
      }
      return parsed.value;
    },
    expectStatus(status) {
      const allowed: readonly number[] = typeof status === 'number' ? [status] : status;
      if (allowed.includes(raw.status)) return response;
      const wanted = allowed.map(describeStatus).join(' or ');
      return fail(`status ${wanted}`, `${request} answered ${describeStatus(raw.status)}, expected ${wanted}.${statusHint(raw)}`);
    },
    expectHeader(name, pattern) {
      const value = raw.headers[name.toLowerCase()];
      const wanted = `a ${name} header ${describePattern(pattern)}`;
      if (value === undefined) return fail(wanted, `${request} answered without a ${name} header, expected one ${describePattern(pattern)}.`);
      const matches = typeof pattern === 'string' ? value.includes(pattern) : pattern.test(value);
      if (matches) return response;
      return fail(wanted, `${request} answered with ${name}: ${value}, expected it ${describePattern(pattern)}.`);
    },
    expectNoHeader(name) {
      const value = raw.headers[name.toLowerCase()];
      if (value === undefined) return response;
      return fail(`no ${name} header`, `${request} answered with ${name}: ${value}, expected no ${name} header at all.`);
    },
    expectJson<S extends z.ZodType>(schema: S, what = 'the expected shape'): z.output<S> {
      const result = schema.safeParse(response.json());
      if (result.success) return result.data;
      const issues = result.error.issues.map((issue) => `${formatPath(issue.path, 'the body')}: ${issue.message}`);
      return fail(what, `The JSON from ${request} is not ${what}:\n${bulletList(issues)}`);
    },
  };
  return response;
}
