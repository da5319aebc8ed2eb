/**
 * A failed expectation. Its message is written for the learner and shown as is; any other error
 * a check throws also fails the check, but means the check (or the server's answer) surprised us.
 */
export class CheckFailure extends Error {
  override readonly name = 'CheckFailure';
}
