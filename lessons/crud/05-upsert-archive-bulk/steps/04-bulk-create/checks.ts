import type { Check, HttpResponse, Tester } from 'backend-sandbox/checks';
import { z } from 'zod';
import { BookSchema, comparableBook, ErrorBodySchema, expectTableUnchanged, expectValidationError, newBook, tenDigitIsbn, type Book } from '../../../books-checks.js';
import { byId, createArchivedBook, shelfInDatabase } from '../../shelf-checks.js';

/** Five new books; the caller spoils the last one, so a server that inserts as it goes has saved four. */
function batchOfFive(): Record<string, unknown>[] {
  return [newBook(), newBook(), newBook(), newBook(), newBook()];
}

/**
 * Sends a batch that must be refused, lets `inspect` judge the answer, and proves that not one
 * book of the batch was saved: the table is exactly as before.
 */
async function expectBatchRefused(t: Tester, batch: Record<string, unknown>[], what: string, inspect: (res: HttpResponse) => void): Promise<void> {
  // The batch's new ISBNs: one it shares with a book already in the catalogue proves nothing.
  const fresh = [...new Set(batch.map((book) => book.isbn))].filter((isbn) => t.db.count('books', 'isbn = ?', isbn) === 0);
  await expectTableUnchanged(t, 'books', async () => {
    const res = await t.http.post('/books/bulk', { json: batch });
    inspect(res);
    const saved = fresh.filter((isbn) => t.db.count('books', 'isbn = ?', isbn) > 0).length;
    if (saved > 0 && res.status >= 400) {
      t.fail(`POST /books/bulk answered ${res.status} for ${what}, but ${saved} book(s) of that batch are in the books table: the inserts before the failing one stayed. Run every insert inside one db.transaction(...), so one failure rolls them all back.`);
    }
  }, `POST /books/bulk with ${what}`);
}

/** The index as a number of its own: "4.year", "[4]", "index": 4, "book 4", but not the 4 inside "2024". */
function namesIndex(text: string, index: number): boolean {
  return new RegExp(`(^|[^0-9])${index}([^0-9]|$)`).test(text);
}

const checks: Check[] = [
  {
    name: 'POST /books/bulk saves every book of the batch and answers 201 with them, in order',
    run: async (t) => {
      // The middle book has a 10-digit ISBN: since lesson 2 an ISBN is 10 or 13 digits.
      const batch = [newBook(), newBook({ isbn: tenDigitIsbn() }), newBook()];
      const res = await t.http.post('/books/bulk', { json: batch });
      if (res.status === 400 && res.text.includes('isbn')) {
        t.fail(`POST /books/bulk answered 400 for a batch whose book 1 has the 10-digit ISBN ${batch[1]!.isbn}: ${res.text}. Check each book with the rules of POST /books, where an ISBN is 10 or 13 digits.`);
      }
      res.expectStatus(201);
      const created = res.expectJson(z.array(BookSchema), 'an array of the new books, each with its id').map(comparableBook);
      t.expectEqual(created.map(({ id: _, ...book }) => book), batch, 'POST /books/bulk should answer with the books it created, in the order they were sent');
      const stored = t.db.all<Book>(`SELECT id, isbn, title, author, year FROM books WHERE isbn IN (?, ?, ?) ORDER BY id`, ...batch.map((book) => book.isbn));
      t.expectEqual(stored, [...created].sort(byId), 'Every book of the batch should be in the books table, with the id POST /books/bulk answered');
    },
  },
  {
    name: 'A batch whose last book is invalid answers 400 naming its index and field, and saves none of it',
    run: async (t) => {
      const batch = batchOfFive();
      batch[4] = { ...batch[4], year: 'nineteen' };
      await expectBatchRefused(t, batch, 'a last book (index 4) whose year is "nineteen"', (res) => {
        if (res.status === 201) t.fail(`POST /books/bulk answered 201 for a batch whose last book (index 4) has "year": "nineteen". Validate every book of the batch before saving any, e.g. z.array(BookInput).safeParse(req.body).`);
        expectValidationError(t, res, 'year', 'a batch whose book 4 has a year that is text');
        if (!namesIndex(res.text, 4)) {
          t.fail(`The 400 for a batch whose book 4 is invalid does not say which book: ${res.text}. Name its index, counting from 0, e.g. { "error": "Invalid batch", "issues": [{ "index": 4, "field": "year", "message": "…" }] }.`);
        }
      });
    },
  },
  {
    name: 'POST /books/bulk refuses a body that is not a list of 1 to 100 books with 400, and saves nothing',
    run: async (t) => {
      const tooMany = Array.from({ length: 101 }, () => newBook());
      await expectBatchRefused(t, tooMany, '101 books', (res) => {
        if (res.status === 201) t.fail('POST /books/bulk answered 201 for 101 books. Bound the batch: z.array(BookInput).max(100), so one request cannot ask for a million inserts.');
        res.expectStatus([400, 413]);
      });
      await expectBatchRefused(t, [], 'an empty list', (res) => res.expectStatus(400));
      await expectTableUnchanged(t, 'books', async () => {
        const res = await t.http.post('/books/bulk', { json: newBook() });
        res.expectStatus(400);
        res.expectJson(ErrorBodySchema, 'an error like { "error": "Send a list of books" }');
      }, 'POST /books/bulk with one book that is not in a list');
    },
  },
  {
    name: 'A batch whose last book has the ISBN of a book in the catalogue, on the shelf or archived, answers 409 and saves none of it',
    run: async (t) => {
      const onShelf = shelfInDatabase(t)[0];
      if (!onShelf) return t.fail('There is no book on the shelf for this check to reuse the ISBN of. Reset the lesson database to get the sample books back.');
      // An archived book keeps its ISBN too: a check for taken ISBNs that looks only at the shelf misses it.
      for (const taken of [onShelf, await createArchivedBook(t)]) {
        const batch = batchOfFive();
        batch[4] = { ...batch[4], isbn: taken.isbn };
        await expectBatchRefused(t, batch, `a last book with ISBN ${taken.isbn}, which book ${taken.id} already has`, (res) => {
          if (res.status === 201) t.fail(`POST /books/bulk answered 201 although book 4's ISBN ${taken.isbn} belongs to book ${taken.id} already. One ISBN is one book: answer 409 and save none of the batch.`);
          if (res.status === 500) t.fail(`POST /books/bulk answered 500 when book 4's ISBN ${taken.isbn} was taken. Catch SQLite's UNIQUE error (code SQLITE_CONSTRAINT_UNIQUE) and answer 409.`);
          res.expectStatus(409);
          res.expectJson(ErrorBodySchema, `an error like { "error": "ISBN ${taken.isbn} is already in the catalogue: nothing was saved" }`);
        });
      }
    },
  },
  {
    name: 'A batch that holds the same ISBN twice answers 409 and saves none of it',
    run: async (t) => {
      const batch = batchOfFive();
      batch[4] = { ...batch[4], isbn: batch[0]!.isbn };
      await expectBatchRefused(t, batch, `the ISBN ${String(batch[0]!.isbn)} in books 0 and 4`, (res) => {
        if (res.status === 201) t.fail(`POST /books/bulk answered 201 for a batch that holds ISBN ${String(batch[0]!.isbn)} twice. One ISBN is one book: answer 409 and save none of the batch.`);
        if (res.status === 500) t.fail(`POST /books/bulk answered 500 for a batch that holds one ISBN twice. Catch SQLite's UNIQUE error (code SQLITE_CONSTRAINT_UNIQUE) and answer 409.`);
        res.expectStatus(409);
        res.expectJson(ErrorBodySchema, 'an error like { "error": "ISBN … appears twice in the batch: nothing was saved" }');
      });
    },
  },
];

export default checks;
