/** A `t` for tests that use only its assertions: its clients point at no server and its database and files are absent. */
import { CheckScope } from '../../../src-main/checks/check-scope.js';
import type { HttpSession } from '../../../src-main/checks/http-client.js';
import type { DbReader, Tester, WorkspaceFiles } from '../../../src-main/checks/tester-api.js';
import { createTester } from '../../../src-main/checks/tester.js';
import { createWsClients } from '../../../src-main/checks/ws-clients.js';

export function offlineTester(timeoutMs = 1000): Tester {
  const scope = new CheckScope(timeoutMs, new AbortController().signal);
  const context = { session: {} as HttpSession, exchanges: [], scope };
  return createTester(context, createWsClients(context), { db: {} as DbReader, files: {} as WorkspaceFiles }, scope);
}
