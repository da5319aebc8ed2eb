/** The `t` a check receives: its own HTTP and WebSocket clients, the shared database and file readers, time, and assertions. */
import { CheckFailure } from './check-failure.js';
import type { CheckScope } from './check-scope.js';
import { describeDifferences } from './diff.js';
import { createHttpClient, type ClientContext } from './http-client.js';
import { bulletList } from './message-format.js';
import type { DbReader, Tester, WorkspaceFiles } from './tester-api.js';
import type { CheckWsClients } from './ws-clients.js';

export interface Readers {
  db: DbReader;
  files: WorkspaceFiles;
}

export function createTester(context: ClientContext, ws: CheckWsClients, { db, files }: Readers, scope: CheckScope): Tester {
  const http = createHttpClient(context);
  let clients = 1;
  return {
    http,
    newHttpClient: (name) => createHttpClient(context, name ?? `client ${++clients}`),
    ws,
    db,
    files,
    burst: (spec) => http.burst(spec),
    async sleep(ms) {
      scope.ensureFits(ms, `t.sleep(${ms})`);
      await scope.waitFor({ describe: () => `t.sleep(${ms}) to end` }, scope.delay(ms));
    },
    expectEqual(actual, expected, expectation) {
      const differences = describeDifferences(actual, expected);
      if (differences.length > 0) throw new CheckFailure(`${expectation}, but:\n${bulletList(differences)}`);
    },
    fail(message) {
      throw new CheckFailure(message);
    },
  };
}
