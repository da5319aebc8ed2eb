/**
 * What the steps' checks expect of an error answer: the status, and JSON with an `error` message.
 * An HTML page instead means Express answered by itself, because no code of the learner's did:
 * the messages say so, in the terms of the lesson.
 */
import type { HttpResponse, Tester } from 'backend-sandbox/checks';
import { ErrorBodySchema } from '../books-checks.js';

export const UNHANDLED_ERROR_HINT =
  'An HTML page is Express\'s own answer for an error that no code of yours handled. ' +
  'Answer it from an error-handling middleware with four parameters, (err, req, res, next), registered after your routes.';

function isHtml(res: HttpResponse): boolean {
  return (res.headers['content-type'] ?? '').includes('text/html') || /^\s*<(!doctype|html)/i.test(res.text);
}

/** `sent` is the request in words, e.g. "GET /books/999". */
export function expectErrorAnswer(t: Tester, res: HttpResponse, status: number, sent: string, htmlHint = UNHANDLED_ERROR_HINT): void {
  if (isHtml(res)) t.fail(`${sent} answered ${res.status} with an HTML page instead of a JSON error. ${htmlHint}`);
  res.expectStatus(status);
  res.expectJson(ErrorBodySchema, 'a JSON error like { "error": "…" }');
}
