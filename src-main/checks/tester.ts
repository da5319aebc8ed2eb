/** The `t` a check receives: its own recorded HTTP client, the shared database reader, and assertions. */
import { CheckFailure } from './check-failure.js';
import { describeDifferences } from './diff.js';
import { bulletList } from './message-format.js';
import type { DbReader, HttpClient, Tester } from './tester-api.js';

export function createTester(http: HttpClient, db: DbReader): Tester {
  return {
    http,
    db,
    expectEqual(actual, expected, expectation) {
      const differences = describeDifferences(actual, expected);
      if (differences.length > 0) throw new CheckFailure(`${expectation}, but:\n${bulletList(differences)}`);
    },
    fail(message) {
      throw new CheckFailure(message);
    },
  };
}
