/**
 * What this lesson's steps share in their checks: a book of the check's own to change, failures
 * that point at the usual mistake, and the proofs every write owes: a refused request writes
 * nothing, and a write to one book leaves every other book alone.
 */
import type { HttpResponse, Tester } from 'backend-sandbox/checks';
import {
  type Book,
  bookInDatabase,
  BookSchema,
  booksInDatabase,
  comparableBook,
  ErrorBodySchema,
  expectTableUnchanged,
  expectValidationError,
  newBook,
} from '../books-checks.js';

/** Runs an expectation (e.g. `res.expectHeader(…)`); when it fails, adds `pointer`: where the mistake likely is. */
export function explainFailure(t: Tester, pointer: string, expectation: () => unknown): void {
  try {
    expectation();
  } catch (failure) {
    const message = failure instanceof Error ? failure.message : String(failure);
    t.fail(pointer === '' ? message : `${message} ${pointer}`);
  }
}

/** Express's own answer when no route matches: the learner has not written this route yet. */
function reachedNoRoute(res: HttpResponse): boolean {
  return res.status === 404 && /Cannot [A-Z]+ \//.test(res.text);
}

/**
 * `res.expectStatus(status)`, adding `pointer` when the learner's route answered wrongly. When no
 * route answered at all, the engine's own message says so, and the pointer would only mislead.
 */
export function expectStatusBecause(t: Tester, res: HttpResponse, status: number, pointer: string): void {
  explainFailure(t, reachedNoRoute(res) ? '' : pointer, () => res.expectStatus(status));
}

/** `request` (e.g. "PUT /books/1006") named a book that is not there: 404 with a JSON error. */
export function expectNoSuchBook(t: Tester, res: HttpResponse, request: string, pointer: string): void {
  if (reachedNoRoute(res)) {
    t.fail(`${request} reached no route of yours: that 404 is Express's own HTML page, not your JSON error. Add the route, and answer 404 with { "error": … } when the book is not there.`);
  }
  expectStatusBecause(t, res, 404, pointer);
  res.expectJson(ErrorBodySchema, `an error like { "error": "There is no book with that id" }`);
}

/** A new book made with POST /books, so checks change their own books and never the samples. */
export async function createBook(t: Tester, overrides: Partial<Omit<Book, 'id'>> = {}): Promise<Book> {
  const res = await t.http.post('/books', { json: newBook(overrides) });
  expectStatusBecause(t, res, 201, 'This check first creates a book of its own with POST /books: make step 1 pass again.');
  return comparableBook(res.expectJson(BookSchema, 'the new book, with its id'));
}

export interface RefusedRequest {
  method: 'POST' | 'PUT' | 'PATCH';
  path: string;
  /** The body; undefined sends none. */
  json?: unknown;
  /** The body in words, for the learner: "a year of 1.5". */
  sent: string;
  /** Every field the 400 must name. */
  fields: string[];
  /** Where the mistake likely is when the answer is not a 400. */
  pointer: string;
}

/** A request with a bad body: 400, a JSON error naming every wrong field, and no row written. */
export async function expectRefused(t: Tester, request: RefusedRequest): Promise<void> {
  const { method, path, json, sent, fields, pointer } = request;
  await expectTableUnchanged(t, 'books', async () => {
    const res = await t.http.request({ method, path, ...(json === undefined ? {} : { json }) });
    expectStatusBecause(t, res, 400, `The check sent ${sent}. ${pointer}`);
    if (fields.length === 0) res.expectJson(ErrorBodySchema, 'an error like { "error": "The book is not valid" }');
    for (const field of fields) expectValidationError(t, res, field, `${method} ${path} with ${sent}`);
  }, `${method} ${path} with ${sent}`);
}

/** A write that reuses the ISBN of `owner`, another book: 409 with a JSON error, and no row written. */
export async function expectIsbnConflict(t: Tester, method: 'POST' | 'PUT' | 'PATCH', path: string, json: unknown, owner: Book): Promise<void> {
  await expectTableUnchanged(t, 'books', async () => {
    const res = await t.http.request({ method, path, json });
    const pointer = `The ISBN ${owner.isbn} belongs to book ${owner.id}. The body is fine (no 400) and the path exists (no 404): the request conflicts with a book that exists. Catch SQLite's UNIQUE error (code SQLITE_CONSTRAINT_UNIQUE) and answer 409.`;
    expectStatusBecause(t, res, 409, pointer);
    res.expectJson(ErrorBodySchema, `an error like { "error": "Another book already has the ISBN ${owner.isbn}" }`);
  }, `${method} ${path} with the ISBN of book ${owner.id}`);
}

/**
 * Runs `action`, a write to book `id`, and fails if any other book changed or vanished. It adds a
 * neighbour book first: after an earlier run emptied the table, "the others" would be no one.
 */
export async function expectOtherBooksUntouched(t: Tester, id: number, what: string, action: () => Promise<unknown>): Promise<void> {
  await createBook(t);
  const others = () => booksInDatabase(t).filter((book) => book.id !== id);
  const before = others();
  await action();
  const after = new Map(others().map((book) => [book.id, book]));
  for (const book of before) {
    const now = after.get(book.id);
    if (!now) t.fail(`${what} also deleted book ${book.id} ("${book.title}"). Only book ${id} should go: check that the DELETE ends with WHERE id = ?.`);
    if (JSON.stringify(now) !== JSON.stringify(book)) {
      t.fail(`${what} also changed book ${book.id}: it was ${JSON.stringify(book)} and is now ${JSON.stringify(now)}. Only book ${id} should change: check that every UPDATE ends with WHERE id = ?.`);
    }
  }
}

/**
 * A PUT or PATCH to one book whose body also holds another book's `id`, as a client that read a
 * book and sends it back may do. The path decides which book changes: ignoring the body's id (200)
 * or refusing it (400) are both fine, but the other book must stay exactly as it was.
 */
export async function expectIdInBodyIgnored(t: Tester, method: 'PUT' | 'PATCH', changes: Partial<Omit<Book, 'id'>>): Promise<void> {
  const book = await createBook(t);
  const other = await createBook(t);
  const path = `/books/${book.id}`;
  const body = { ...changes, id: other.id };
  const sent = JSON.stringify(body);
  const res = await t.http.request({ method, path, json: body });
  const pointer = 'The path says which book to change: take the id from req.params, never from req.body. Write the fields zod checked (result.data has no id), or refuse the id with a 400.';
  if (JSON.stringify(bookInDatabase(t, other.id)) !== JSON.stringify(other)) {
    t.fail(`${method} ${path} with the body ${sent} changed book ${other.id}, not book ${book.id}. ${pointer}`);
  }
  if (res.status === 400) return;
  const clash = res.status === 409 ? ` Your 409 says the UPDATE tried to write book ${book.id}'s ISBN into book ${other.id}.` : '';
  expectStatusBecause(t, res, 200, `The check sent ${sent}, a body holding the id of book ${other.id}.${clash} ${pointer}`);
  t.expectEqual(bookInDatabase(t, book.id), { ...book, ...changes }, `${method} ${path} with ${sent} should change book ${book.id}`);
}
