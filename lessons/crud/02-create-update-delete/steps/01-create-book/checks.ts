import type { Check } from 'backend-sandbox/checks';
import { bookInDatabase, BookSchema, comparableBook, newBook } from '../../../books-checks.js';
import { expectStatusBecause, explainFailure } from '../../book-write-checks.js';

const CREATED = 'A request that creates something answers 201 Created: call res.status(201) before .json(book).';

const checks: Check[] = [
  {
    name: 'POST /books answers 201 Created with the new book and its id',
    run: async (t) => {
      const sent = newBook();
      const res = await t.http.post('/books', { json: sent });
      expectStatusBecause(t, res, 201, CREATED);
      const book = res.expectJson(BookSchema, 'the new book, with its id');
      const { id: _id, ...fields } = comparableBook(book);
      t.expectEqual(fields, sent, 'POST /books should answer with the book it saved');
    },
  },
  {
    name: 'The 201 has a Location header with the new book\'s address, /books/<id>',
    run: async (t) => {
      const res = await t.http.post('/books', { json: newBook() });
      expectStatusBecause(t, res, 201, CREATED);
      const book = res.expectJson(BookSchema, 'the new book, with its id');
      explainFailure(t, `Tell the client where the new book lives: res.location(\`/books/\${book.id}\`) before sending it.`, () =>
        res.expectHeader('location', new RegExp(`/books/${book.id}$`)));
      // Location may be a full URL too; the path is what a client follows.
      const address = new URL(res.headers.location!, 'http://localhost').pathname;
      const found = await t.http.get(address);
      found.expectStatus(200);
      t.expectEqual(comparableBook(found.expectJson(BookSchema, 'a single book')), comparableBook(book), `GET ${address}, the address in Location, should answer with the new book`);
    },
  },
  {
    name: 'The new book is saved in the database',
    run: async (t) => {
      const res = await t.http.post('/books', { json: newBook() });
      expectStatusBecause(t, res, 201, CREATED);
      const book = comparableBook(res.expectJson(BookSchema, 'the new book, with its id'));
      const row = bookInDatabase(t, book.id);
      if (!row) t.fail(`POST /books answered with id ${book.id}, but the books table has no row with that id. Does the INSERT run, and is the id the one SQLite gave the row?`);
      t.expectEqual(row, book, `Row ${book.id} in the database should match what POST /books answered`);
    },
  },
];

export default checks;
