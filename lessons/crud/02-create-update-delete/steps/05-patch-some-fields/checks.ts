import type { Check } from 'backend-sandbox/checks';
import { bookInDatabase, BookSchema, comparableBook, expectTableUnchanged, missingBookId } from '../../../books-checks.js';
import { createBook, expectIdInBodyIgnored, expectIsbnConflict, expectNoSuchBook, expectOtherBooksUntouched, expectRefused, expectStatusBecause } from '../../book-write-checks.js';

const ONLY_SENT = 'A PATCH sends only the fields that change, so this body is a whole, valid request. Check it with BookInput.partial(), lay it over the book from the database ({ ...book, ...changes }) and write that, so the fields not sent keep their values.';

const checks: Check[] = [
  {
    name: 'PATCH /books/:id changes only the fields it sends and answers 200 with the book',
    run: async (t) => {
      let expected = await createBook(t);
      for (const changes of [{ year: 1999 }, { title: 'A Shorter Title', author: 'Rosa Vance' }]) {
        const res = await t.http.patch(`/books/${expected.id}`, { json: changes });
        expectStatusBecause(t, res, 200, `The check sent only ${JSON.stringify(changes)}. ${ONLY_SENT}`);
        expected = { ...expected, ...changes };
        t.expectEqual(comparableBook(res.expectJson(BookSchema, 'the updated book')), expected, `PATCH /books/${expected.id} with ${JSON.stringify(changes)} should answer with the book, only those fields changed`);
        t.expectEqual(bookInDatabase(t, expected.id), expected, `After PATCH ${JSON.stringify(changes)}, book ${expected.id} should have changed only those fields`);
      }
    },
  },
  {
    name: 'PATCH /books/:id changes no other book',
    run: async (t) => {
      const book = await createBook(t);
      await expectOtherBooksUntouched(t, book.id, `PATCH /books/${book.id} with { "year": 1988 }`, async () => {
        const res = await t.http.patch(`/books/${book.id}`, { json: { year: 1988 } });
        expectStatusBecause(t, res, 200, `The check sent only { "year": 1988 }. ${ONLY_SENT}`);
      });
    },
  },
  {
    name: 'PATCH /books/:id changes the book in the path, even when the body holds another book\'s id',
    run: (t) => expectIdInBodyIgnored(t, 'PATCH', { year: 1977 }),
  },
  {
    name: 'PATCH /books/:id with an invalid field answers 400 naming it, and changes nothing',
    run: async (t) => {
      const book = await createBook(t);
      const pointer = 'A field a PATCH sends follows the same rules as in POST: check the body with BookInput.partial() before the UPDATE.';
      const path = `/books/${book.id}`;
      await expectRefused(t, { method: 'PATCH', path, json: { year: 'soon' }, sent: 'a year of "soon"', fields: ['year'], pointer });
      await expectRefused(t, { method: 'PATCH', path, json: { title: '' }, sent: 'an empty title', fields: ['title'], pointer });
      await expectRefused(t, { method: 'PATCH', path, json: { isbn: '12' }, sent: 'the isbn "12"', fields: ['isbn'], pointer });
    },
  },
  {
    name: 'PATCH /books/:id with the ISBN of another book answers 409; the book\'s own ISBN is fine',
    run: async (t) => {
      const owner = await createBook(t);
      const book = await createBook(t);
      await expectIsbnConflict(t, 'PATCH', `/books/${book.id}`, { isbn: owner.isbn }, owner);
      const res = await t.http.patch(`/books/${book.id}`, { json: { isbn: book.isbn, year: 2001 } });
      expectStatusBecause(t, res, 200, `The check sent the book's own ISBN ${book.isbn}, which is no conflict. If you look for a taken ISBN yourself, leave out the book being changed (AND id != ?).`);
    },
  },
  {
    name: 'PATCH /books/:id answers 404 when there is no such book',
    run: async (t) => {
      const id = missingBookId(t);
      await expectTableUnchanged(t, 'books', async () => {
        const res = await t.http.patch(`/books/${id}`, { json: { year: 2001 } });
        expectNoSuchBook(t, res, `PATCH /books/${id}`, `There is no book ${id} to change: look it up first and answer 404.`);
      }, `PATCH /books/${id}`);
    },
  },
];

export default checks;
