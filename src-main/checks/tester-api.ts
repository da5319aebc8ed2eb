/**
 * What a lesson author writes checks against. A step's `checks.ts` imports these with
 * `import type { Check } from 'backend-sandbox/checks'`: types only, so a compiled checks file
 * carries no copy of the engine and the engine can change without recompiling lessons.
 */
import type { z } from 'zod';

export interface Check {
  /** What the learner reads next to the verdict, e.g. "GET /todos answers 200 with every todo". */
  name: string;
  run(t: Tester): Promise<void>;
  /** Overrides the runner's per-check limit, for a check that legitimately takes longer. */
  timeoutMs?: number;
}

export interface Tester {
  /** Talks to the learner's running server; every request is recorded for the learner to inspect. */
  http: HttpClient;
  /** Reads the learner's database, so checks compare answers with the data instead of hard-coding the seed. */
  db: DbReader;
  /**
   * Fails the check unless `actual` deeply equals `expected`, listing the differences after
   * `expectation`, a sentence for the learner such as "GET /todos/3 should answer with todo 3".
   */
  expectEqual(actual: unknown, expected: unknown, expectation: string): void;
  /** Fails the check with a message for the learner. */
  fail(message: string): never;
}

export interface RequestOptions {
  headers?: Record<string, string>;
  /** Sent as a JSON body with `content-type: application/json` (unless `headers` says otherwise). */
  json?: unknown;
  /** A raw body, for requests that are deliberately not JSON. */
  body?: string;
  /** How long to wait for the answer; the runner's default is 3 s. */
  timeoutMs?: number;
}

export interface RequestSpec extends RequestOptions {
  method: string;
  /** A path on the learner's server, e.g. `/todos/3?done=1`. */
  path: string;
}

export interface HttpClient {
  get(path: string, options?: RequestOptions): Promise<HttpResponse>;
  post(path: string, options?: RequestOptions): Promise<HttpResponse>;
  put(path: string, options?: RequestOptions): Promise<HttpResponse>;
  patch(path: string, options?: RequestOptions): Promise<HttpResponse>;
  delete(path: string, options?: RequestOptions): Promise<HttpResponse>;
  request(spec: RequestSpec): Promise<HttpResponse>;
}

export interface HttpResponse {
  status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  text: string;
  durationMs: number;
  /** The parsed body; fails the check when the body is not JSON. */
  json(): unknown;
  /** Fails the check unless the status is `status` (or one of them). */
  expectStatus(status: number | readonly number[]): HttpResponse;
  /** Fails the check unless header `name` is present and contains (string) or matches (RegExp) `pattern`. */
  expectHeader(name: string, pattern: string | RegExp): HttpResponse;
  /**
   * Parses the body as JSON and validates it with a zod schema, returning the parsed value.
   * `what` names the body for the learner, e.g. "a todo" or "an array of todos".
   */
  expectJson<S extends z.ZodType>(schema: S, what?: string): z.output<S>;
}

export type Row = Record<string, unknown>;

/** Read-only: the database is opened read-only, so a check can never change the learner's data. */
export interface DbReader {
  all<T = Row>(sql: string, ...params: unknown[]): T[];
  get<T = Row>(sql: string, ...params: unknown[]): T | undefined;
}
