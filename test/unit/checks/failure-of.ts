/** The learner-facing message of the CheckFailure `fn` throws; any other error, or none, fails the test. */
import { CheckFailure } from '../../../src-main/checks/check-failure.js';

export function failureOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof CheckFailure) return error.message;
    throw error;
  }
  throw new Error('expected a CheckFailure');
}
