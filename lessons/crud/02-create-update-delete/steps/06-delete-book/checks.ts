import type { Check } from 'backend-sandbox/checks';
import { bookInDatabase, missingBookId } from '../../../books-checks.js';
import { createBook, expectNoSuchBook, expectOtherBooksUntouched, expectStatusBecause } from '../../book-write-checks.js';

const NO_CONTENT = 'A DELETE that worked has nothing to send back: answer res.status(204).end(), with no body.';

const checks: Check[] = [
  {
    name: 'DELETE /books/:id answers 204 No Content with an empty body',
    run: async (t) => {
      const book = await createBook(t);
      const res = await t.http.delete(`/books/${book.id}`);
      expectStatusBecause(t, res, 204, NO_CONTENT);
      if (res.text !== '') t.fail(`DELETE /books/${book.id} answered 204 with a body: ${res.text}. ${NO_CONTENT}`);
    },
  },
  {
    name: 'The deleted book is gone from the database and from GET /books/:id, and no other book is',
    run: async (t) => {
      const book = await createBook(t);
      await expectOtherBooksUntouched(t, book.id, `DELETE /books/${book.id}`, async () => {
        const res = await t.http.delete(`/books/${book.id}`);
        expectStatusBecause(t, res, 204, NO_CONTENT);
      });
      if (bookInDatabase(t, book.id)) t.fail(`DELETE /books/${book.id} answered 204, but book ${book.id} is still in the database. Does the DELETE run, with the id from req.params?`);
      const gone = await t.http.get(`/books/${book.id}`);
      expectStatusBecause(t, gone, 404, 'A deleted book is not there any more, so asking for it is a 404.');
    },
  },
  {
    name: 'Deleting a book that is not there answers 404: a second DELETE, or an id no book has',
    run: async (t) => {
      const book = await createBook(t);
      (await t.http.delete(`/books/${book.id}`)).expectStatus(204);
      const pointer = '.run() says how many rows it deleted in changes: 0 means there was no such book, so answer 404 with a JSON error.';
      for (const [id, what] of [[book.id, `Book ${book.id} was deleted a moment ago.`], [missingBookId(t), 'No book ever had that id.']] as const) {
        const res = await t.http.delete(`/books/${id}`);
        expectNoSuchBook(t, res, `DELETE /books/${id}`, `${what} ${pointer}`);
      }
    },
  },
];

export default checks;
