/**
 * Runs one check: its own recorded clients, a time limit, and every outcome turned into a
 * CheckResult. Whatever the check throws fails that check and nothing else; whatever it opened
 * (requests in flight, WebSockets, waits) is cancelled or closed before its result is reported.
 */
import type { CheckExchange, CheckResult } from '../contract/api.js';
import { CheckFailure } from './check-failure.js';
import { CheckScope } from './check-scope.js';
import type { HttpSession } from './http-client.js';
import { seconds } from './message-format.js';
import type { Check, DbReader, WorkspaceFiles } from './tester-api.js';
import { createTester } from './tester.js';
import { createWsClients } from './ws-clients.js';

export interface CheckContext {
  id: string;
  stepId: string;
  timeoutMs: number;
  http: HttpSession;
  db: DbReader;
  files: WorkspaceFiles;
}

function failureMessage(error: unknown): string {
  if (error instanceof CheckFailure) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return message === '' ? 'The check failed without saying why.' : message;
}

/** Names what the check was stuck on, and notes it on that exchange. */
function timeoutFailure(scope: CheckScope): CheckFailure {
  const limit = seconds(scope.timeoutMs);
  const wait = scope.currentWait();
  if (!wait) return new CheckFailure(`This check did not finish within ${limit}.`);
  if (wait.exchange && wait.expected) wait.exchange.expected = wait.expected;
  return new CheckFailure(`This check ran out of time (${limit}) waiting for ${wait.describe()}.`);
}

/** Settles with the check, or rejects when time runs out; either way, everything it still waits on is cancelled. */
async function withTimeout(run: () => Promise<void>, scope: CheckScope, controller: AbortController): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(timeoutFailure(scope)), scope.timeoutMs);
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
  const scope = new CheckScope(check.timeoutMs ?? context.timeoutMs, controller.signal);
  const clients = { session: context.http, exchanges, scope };
  const ws = createWsClients(clients);
  const tester = createTester(clients, ws, context, scope);
  let message = '';
  let passed = true;
  try {
    await withTimeout(() => check.run(tester), scope, controller);
  } catch (error) {
    passed = false;
    message = failureMessage(error);
  }
  const durationMs = Math.round(scope.elapsedMs());
  await ws.closeAll();
  // A copy: nothing the cancelled check still does can change what was reported.
  return { id: context.id, stepId: context.stepId, name: check.name, status: passed ? 'passed' : 'failed', message, durationMs, exchanges: structuredClone(exchanges) };
}
