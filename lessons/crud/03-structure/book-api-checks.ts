/**
 * What the book API answered before the refactoring, and must still answer after it: every route,
 * its status codes and its errors (lesson 2). Step 1 runs these, and every later step re-runs
 * step 1, so each change of structure is proven to change no behaviour.
 */
import type { Check, Tester } from 'backend-sandbox/checks';
import { BookSchema, bookInDatabase, booksInDatabase, comparableBook, createBook, missingBookId, expectTableUnchanged, expectValidationError, newBook, requireSomeBooks } from '../books-checks.js';
import { expectErrorAnswer } from './error-answers.js';

/** A route that answers 404 for a book that exists was probably lost on the way to the router. */
function expectRouteKept(t: Tester, status: number, request: string, id: number): void {
  if (status === 404) {
    t.fail(`${request} answered 404, but book ${id} exists. Is the route still registered, with the same method and path, after the move?`);
  }
}

export const bookApiChecks: Check[] = [
  {
    name: 'Same behaviour: GET /books lists every book in the database',
    run: async (t) => {
      const res = (await t.http.get('/books')).expectStatus(200);
      const answered = res.expectJson(BookSchema.array(), 'an array of books').map(comparableBook).sort((a, b) => a.id - b.id);
      t.expectEqual(answered, booksInDatabase(t), 'GET /books should answer with every book in the books table');
    },
  },
  {
    name: 'Same behaviour: GET /books/:id answers the book, or 404 with a JSON error',
    run: async (t) => {
      const [book] = requireSomeBooks(t);
      const res = await t.http.get(`/books/${book!.id}`);
      expectRouteKept(t, res.status, `GET /books/${book!.id}`, book!.id);
      res.expectStatus(200);
      t.expectEqual(comparableBook(res.expectJson(BookSchema, 'a book')), book, `GET /books/${book!.id} should answer with that book`);
      const missing = missingBookId(t);
      expectErrorAnswer(t, await t.http.get(`/books/${missing}`), 404, `GET /books/${missing}`);
    },
  },
  {
    name: 'Same behaviour: POST /books answers 201 with the new book and its Location',
    run: async (t) => {
      const fields = newBook();
      const res = await t.http.post('/books', { json: fields });
      res.expectStatus(201);
      const book = comparableBook(res.expectJson(BookSchema, 'the new book, with its id'));
      res.expectHeader('location', new RegExp(`/books/${book.id}$`));
      t.expectEqual(bookInDatabase(t, book.id), { id: book.id, ...fields }, `The books table should hold the new book ${book.id}`);
    },
  },
  {
    name: 'Same behaviour: POST /books with a wrong field answers 400 naming it, and saves nothing',
    run: async (t) => {
      const { title: _omitted, ...withoutTitle } = newBook();
      await expectTableUnchanged(t, 'books', async () => {
        expectValidationError(t, await t.http.post('/books', { json: withoutTitle }), 'title', 'a book without a title');
        expectValidationError(t, await t.http.post('/books', { json: { ...newBook(), year: 'last year' } }), 'year', 'a year that is text');
      }, 'POST /books with a wrong field');
    },
  },
  {
    name: 'Same behaviour: POST /books with an ISBN already in the catalogue answers 409',
    run: async (t) => {
      const [taken] = requireSomeBooks(t);
      await expectTableUnchanged(t, 'books', async () => {
        expectErrorAnswer(t, await t.http.post('/books', { json: newBook({ isbn: taken!.isbn }) }), 409, `POST /books with the ISBN of book ${taken!.id}`);
      }, 'POST /books with a taken ISBN');
    },
  },
  {
    name: 'Same behaviour: PUT /books/:id replaces the book; 400 for a wrong body, 404 for a missing book',
    run: async (t) => {
      const book = await createBook(t);
      const replacement = newBook({ author: 'Grace Hollow', year: 1999 });
      const res = await t.http.put(`/books/${book.id}`, { json: replacement });
      expectRouteKept(t, res.status, `PUT /books/${book.id}`, book.id);
      res.expectStatus(200);
      t.expectEqual(bookInDatabase(t, book.id), { id: book.id, ...replacement }, `After PUT /books/${book.id} the row should hold every field sent`);
      const { year: _omitted, ...withoutYear } = newBook();
      await expectTableUnchanged(t, 'books', async () => {
        expectValidationError(t, await t.http.put(`/books/${book.id}`, { json: withoutYear }), 'year', 'a PUT without a year');
      }, `PUT /books/${book.id} without a year`);
      const missing = missingBookId(t);
      expectErrorAnswer(t, await t.http.put(`/books/${missing}`, { json: newBook() }), 404, `PUT /books/${missing}`);
    },
  },
  {
    name: 'Same behaviour: PATCH /books/:id changes only the fields sent, of that book only',
    run: async (t) => {
      const book = await createBook(t);
      const before = booksInDatabase(t).filter((other) => other.id !== book.id);
      const res = await t.http.patch(`/books/${book.id}`, { json: { year: 1887 } });
      expectRouteKept(t, res.status, `PATCH /books/${book.id}`, book.id);
      res.expectStatus(200);
      t.expectEqual(bookInDatabase(t, book.id), { ...book, year: 1887 }, `PATCH /books/${book.id} with { "year": 1887 } should change the year and nothing else`);
      t.expectEqual(booksInDatabase(t).filter((other) => other.id !== book.id), before, `PATCH /books/${book.id} should leave the other books alone`);
      const missing = missingBookId(t);
      expectErrorAnswer(t, await t.http.patch(`/books/${missing}`, { json: { year: 1887 } }), 404, `PATCH /books/${missing}`);
    },
  },
  {
    name: 'Same behaviour: DELETE /books/:id answers 204 and the book is gone; again, 404',
    run: async (t) => {
      const book = await createBook(t);
      const res = await t.http.delete(`/books/${book.id}`);
      expectRouteKept(t, res.status, `DELETE /books/${book.id}`, book.id);
      res.expectStatus(204);
      if (bookInDatabase(t, book.id)) t.fail(`DELETE /books/${book.id} answered 204, but the book is still in the books table.`);
      expectErrorAnswer(t, await t.http.delete(`/books/${book.id}`), 404, `DELETE /books/${book.id} a second time`);
    },
  },
];
