/**
 * What the book-catalogue lessons (2 to 5) share in their checks: the shape of a book in the API,
 * reading the truth from the database, and fresh test data. It lives next to track.md, outside
 * any lesson folder, so every lesson of the track can import it and none keeps a copy.
 *
 * The catalogue's table, in every one of those lessons' seeds (a lesson may add columns):
 *   books(id INTEGER PRIMARY KEY, isbn TEXT NOT NULL UNIQUE, title TEXT NOT NULL,
 *         author TEXT NOT NULL, year INTEGER NOT NULL)
 */
import type { HttpResponse, Tester } from 'backend-sandbox/checks';
import { z } from 'zod';

/** A book as the API sends it. Extra fields are fine: the lessons only ask for these. */
export const BookSchema = z.object({
  id: z.number().int().positive(),
  isbn: z.string(),
  title: z.string(),
  author: z.string(),
  year: z.number().int(),
});
export type Book = z.infer<typeof BookSchema>;

/** Any error answer: a JSON object with a non-empty `error` message (more fields are welcome). */
export const ErrorBodySchema = z.object({ error: z.string().min(1) }).loose();

/** The fields a lesson asks for, so answers with extra fields compare equal to the database. */
export function comparableBook(book: Book): Book {
  return { id: book.id, isbn: book.isbn, title: book.title, author: book.author, year: book.year };
}

export function bookInDatabase(t: Tester, id: number): Book | undefined {
  return t.db.get<Book>('SELECT id, isbn, title, author, year FROM books WHERE id = ?', id);
}

export function booksInDatabase(t: Tester): Book[] {
  return t.db.all<Book>('SELECT id, isbn, title, author, year FROM books ORDER BY id');
}

/** The sample books are gone (the learner deleted them): say so, instead of failing for a confusing reason. */
export function requireSomeBooks(t: Tester, atLeast = 1): Book[] {
  const books = booksInDatabase(t);
  if (books.length < atLeast) t.fail(`The books table has ${books.length} book(s); these checks need ${atLeast}. Reset the lesson database to get the sample books back.`);
  return books;
}

/**
 * A valid new book no seed holds. Its ISBN and title carry a random 9-digit serial: the table keeps
 * the books of every earlier run, and a serial taken from the clock would come round again.
 */
export function newBook(overrides: Partial<Omit<Book, 'id'>> = {}): Omit<Book, 'id'> {
  const serial = String(Math.floor(Math.random() * 1_000_000_000)).padStart(9, '0');
  return { isbn: `979${serial}0`, title: `The Quiet Library #${serial}`, author: 'Ada Finch', year: 2021, ...overrides };
}

/** An id no book has, not even an archived one, whatever the learner has added or deleted. */
export function missingBookId(t: Tester): number {
  return (t.db.get<{ id: number | null }>('SELECT MAX(id) AS id FROM books')?.id ?? 0) + 1000;
}

/** A new book made with POST /books, so checks change their own books and never the samples. */
export async function createBook(t: Tester): Promise<Book> {
  const res = await t.http.post('/books', { json: newBook() });
  res.expectStatus(201);
  return comparableBook(res.expectJson(BookSchema, 'the new book, with its id'));
}

/** A fresh ISBN of the shorter kind: since lesson 2 an ISBN is 10 or 13 digits. */
export function tenDigitIsbn(): string {
  return newBook().isbn.slice(3);
}

/**
 * A 400 must say what was wrong: a JSON error that names the field, so the client can fix it.
 * Any shape is fine as long as the field's name appears somewhere in the body.
 */
export function expectValidationError(t: Tester, res: HttpResponse, field: string, sent: string): void {
  res.expectStatus(400);
  const body = res.expectJson(ErrorBodySchema, `an error like { "error": "${field} is required" }`);
  if (!JSON.stringify(body).includes(field)) {
    t.fail(`The 400 for ${sent} does not name the field "${field}". Tell the client which field is wrong, e.g. { "error": "Invalid book", "issues": [{ "field": "${field}", "message": "…" }] }.`);
  }
}

/** Fails when `action` changed any row of `table`: a refused request must leave the data alone. */
export async function expectTableUnchanged(t: Tester, table: string, action: () => Promise<unknown>, what: string): Promise<void> {
  const before = JSON.stringify(t.db.all(`SELECT * FROM ${table} ORDER BY rowid`));
  await action();
  if (JSON.stringify(t.db.all(`SELECT * FROM ${table} ORDER BY rowid`)) !== before) {
    t.fail(`${what} changed the ${table} table. A request you refuse must not write anything: validate first, then write.`);
  }
}
