import type { Check } from 'backend-sandbox/checks';
import { BookSchema, comparableBook, createBook, ErrorBodySchema, expectTableUnchanged, expectValidationError, newBook, tenDigitIsbn, type Book } from '../../../books-checks.js';

const checks: Check[] = [
  {
    name: 'PUT /books/isbn/:isbn creates a book whose ISBN is new (10 or 13 digits) and answers 201 with it',
    run: async (t) => {
      for (const { isbn, ...fields } of [newBook(), newBook({ isbn: tenDigitIsbn() })]) {
        const res = await t.http.put(`/books/isbn/${isbn}`, { json: fields });
        if (res.status === 400 && isbn.length === 10) {
          t.fail(`PUT /books/isbn/${isbn} answered 400 for a 10-digit ISBN. Since lesson 2 an ISBN is 10 or 13 digits: check it with the same rule as POST /books, e.g. /^(\\d{10}|\\d{13})$/.`);
        }
        res.expectStatus(201);
        const book = comparableBook(res.expectJson(BookSchema, 'the new book, with its id'));
        t.expectEqual(book, { id: book.id, isbn, ...fields }, `PUT /books/isbn/${isbn} should answer with the book it created, the ISBN taken from the path`);
        const rows = t.db.all<Book>('SELECT id, isbn, title, author, year FROM books WHERE isbn = ?', isbn);
        t.expectEqual(rows, [book], `The books table should hold exactly one row with ISBN ${isbn}: the one PUT answered with`);
      }
    },
  },
  {
    name: 'PUT /books/isbn/:isbn updates the book that has that ISBN: 200, the same id, no other row touched',
    run: async (t) => {
      // Two books, and the first one is updated: an upsert that makes a new row cannot end up with its id.
      const existing = await createBook(t);
      await createBook(t);
      const others = t.db.all<{ id: number }>('SELECT * FROM books WHERE id <> ? ORDER BY id', existing.id);
      const sent = { isbn: existing.isbn, title: `${existing.title} (second edition)`, author: existing.author, year: existing.year + 1 };
      const path = `/books/isbn/${existing.isbn}`;

      const res = await t.http.put(path, { json: sent });
      if (res.status === 201) t.fail(`PUT ${path} answered 201 Created, but book ${existing.id} already had that ISBN. 201 says "I made a new book"; an update answers 200.`);
      res.expectStatus(200);
      const book = comparableBook(res.expectJson(BookSchema, 'the updated book'));

      const rows = t.db.all<Book>('SELECT id, isbn, title, author, year FROM books WHERE isbn = ?', existing.isbn);
      if (rows.length === 1 && rows[0]!.id !== existing.id) {
        t.fail(`Book ${existing.id} had ISBN ${existing.isbn}; after PUT ${path} that ISBN is on a new row, id ${rows[0]!.id}. An update must keep the id: INSERT OR REPLACE (or a DELETE then an INSERT) throws the old row away. Use INSERT ... ON CONFLICT(isbn) DO UPDATE.`);
      }
      t.expectEqual(rows, [{ id: existing.id, ...sent }], `After PUT ${path}, book ${existing.id} should hold the new title and year`);
      const after = new Map(t.db.all<{ id: number }>('SELECT * FROM books WHERE id <> ? ORDER BY id', existing.id).map((row) => [row.id, JSON.stringify(row)]));
      const touched = others.filter((row) => after.get(row.id) !== JSON.stringify(row)).map((row) => row.id);
      if (touched.length > 0) t.fail(`PUT ${path} changed book(s) ${touched.join(', ')} too, not only book ${existing.id}. An UPDATE needs a WHERE that picks the one book, e.g. WHERE isbn = ?.`);
      t.expectEqual(book, { id: existing.id, ...sent }, `PUT ${path} should answer with the updated book`);
    },
  },
  {
    name: 'PUT /books/isbn/:isbn with an invalid book or ISBN answers 400 naming the field, and saves nothing',
    run: async (t) => {
      const existing = await createBook(t);
      await expectTableUnchanged(t, 'books', async () => {
        const res = await t.http.put(`/books/isbn/${existing.isbn}`, { json: { title: '', author: existing.author, year: existing.year } });
        expectValidationError(t, res, 'title', `PUT /books/isbn/${existing.isbn} with an empty title`);
      }, `PUT /books/isbn/${existing.isbn} with an empty title`);

      const { isbn, ...fields } = newBook();
      await expectTableUnchanged(t, 'books', async () => {
        const res = await t.http.put(`/books/isbn/${isbn}`, { json: { ...fields, year: 'last year' } });
        expectValidationError(t, res, 'year', `PUT /books/isbn/${isbn} with "year": "last year"`);
      }, `PUT /books/isbn/${isbn} with a year that is text`);

      // The ISBN in the path is part of the book too, under the rules of POST /books.
      for (const badIsbn of ['12345', '97801414395189']) {
        const path = `/books/isbn/${badIsbn}`;
        await expectTableUnchanged(t, 'books', async () => {
          const res = await t.http.put(path, { json: fields });
          if (res.status === 200 || res.status === 201) {
            t.fail(`PUT ${path} answered ${res.status}, but ${badIsbn} is not an ISBN of 10 or 13 digits. Validate the ISBN from the path with the rest: BookInput.safeParse({ ...req.body, isbn: req.params.isbn }).`);
          }
          expectValidationError(t, res, 'isbn', `PUT ${path}, an ISBN of ${badIsbn.length} digits`);
        }, `PUT ${path}, an ISBN of ${badIsbn.length} digits`);
      }
    },
  },
  {
    name: 'PUT /books/isbn/:isbn answers 400 when the body names another ISBN, and saves nothing',
    run: async (t) => {
      const existing = await createBook(t);
      const other = newBook();
      const path = `/books/isbn/${existing.isbn}`;
      await expectTableUnchanged(t, 'books', async () => {
        const res = await t.http.put(path, { json: other });
        if (res.status === 200 || res.status === 201) {
          t.fail(`PUT ${path} with "isbn": "${other.isbn}" in the body answered ${res.status}. The path and the body name different books: compare them first, answer 400 and save nothing.`);
        }
        res.expectStatus(400);
        res.expectJson(ErrorBodySchema, 'an error like { "error": "The isbn in the body must match the one in the path" }');
      }, `PUT ${path} with another ISBN in the body`);
    },
  },
];

export default checks;
