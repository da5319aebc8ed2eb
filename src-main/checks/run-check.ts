/**
 * Runs one check: its own recorded HTTP client, a time limit, and every outcome turned into a
 * CheckResult. Whatever the check throws fails that check and nothing else.
 */
import type { CheckExchange, CheckResult } from '../contract/api.js';
import { CheckFailure } from './check-failure.js';
import { createHttpClient, type HttpSession } from './http-client.js';
import { seconds } from './message-format.js';
import type { Check, DbReader } from './tester-api.js';
import { createTester } from './tester.js';

export interface CheckContext {
  id: string;
  stepId: string;
  timeoutMs: number;
  http: HttpSession;
  db: DbReader;
}

function failureMessage(error: unknown): string {
  if (error instanceof CheckFailure) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return message === '' ? 'The check failed without saying why.' : message;
}

function timeoutMessage(timeoutMs: number, exchanges: CheckExchange[]): string {
  const waiting = exchanges.findLast((exchange) => exchange.response === undefined);
  if (!waiting) return `This check did not finish within ${seconds(timeoutMs)}.`;
  const { pathname, search } = new URL(waiting.request.url);
  return `This check ran out of time (${seconds(timeoutMs)}) waiting for your server to answer ${waiting.request.method} ${pathname}${search}.`;
}

/** Settles with the check, or rejects when time runs out; either way, its unfinished requests are cancelled. */
async function withTimeout(run: () => Promise<void>, timeoutMs: number, exchanges: CheckExchange[], controller: AbortController): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new CheckFailure(timeoutMessage(timeoutMs, exchanges))), timeoutMs);
  });
  try {
    // Promise.resolve().then: a check whose run() throws synchronously is still just a failed check.
    await Promise.race([Promise.resolve().then(run), timeout]);
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

export async function runCheck(check: Check, context: CheckContext): Promise<CheckResult> {
  const exchanges: CheckExchange[] = [];
  const controller = new AbortController();
  const tester = createTester(createHttpClient(context.http, exchanges, controller.signal), context.db);
  const timeoutMs = check.timeoutMs ?? context.timeoutMs;
  const started = performance.now();
  let message = '';
  let passed = true;
  try {
    await withTimeout(() => check.run(tester), timeoutMs, exchanges, controller);
  } catch (error) {
    passed = false;
    message = failureMessage(error);
  }
  const durationMs = Math.round(performance.now() - started);
  return { id: context.id, stepId: context.stepId, name: check.name, status: passed ? 'passed' : 'failed', message, durationMs, exchanges: [...exchanges] };
}
