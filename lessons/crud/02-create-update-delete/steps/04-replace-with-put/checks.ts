import type { Check } from 'backend-sandbox/checks';
import { bookInDatabase, BookSchema, comparableBook, expectTableUnchanged, newBook, missingBookId } from '../../../books-checks.js';
import { createBook, expectIdInBodyIgnored, expectIsbnConflict, expectNoSuchBook, expectOtherBooksUntouched, expectRefused, expectStatusBecause } from '../../book-write-checks.js';

const checks: Check[] = [
  {
    name: 'PUT /books/:id replaces the whole book and answers 200 with it',
    run: async (t) => {
      const book = await createBook(t);
      const replacement = newBook({ author: 'Rosa Vance', year: 1999 });
      const res = await t.http.put(`/books/${book.id}`, { json: replacement });
      expectStatusBecause(t, res, 200, `The check sent a complete, valid book with an ISBN no other book has. A 409 or 500 here usually means the UPDATE has no WHERE id = ?: it then writes this ISBN into every row, and SQLite refuses the duplicates.`);
      const expected = { id: book.id, ...replacement };
      t.expectEqual(comparableBook(res.expectJson(BookSchema, 'the updated book')), expected, `PUT /books/${book.id} should answer with the book as it is now`);
      t.expectEqual(bookInDatabase(t, book.id), expected, `Book ${book.id} in the database should now hold what PUT sent`);
    },
  },
  {
    name: 'PUT /books/:id changes no other book, and may keep the book\'s own ISBN',
    run: async (t) => {
      const book = await createBook(t);
      await expectOtherBooksUntouched(t, book.id, `PUT /books/${book.id}`, async () => {
        const res = await t.http.put(`/books/${book.id}`, { json: newBook({ isbn: book.isbn }) });
        expectStatusBecause(t, res, 200, `The check kept the book's own ISBN ${book.isbn}, which is no conflict. If you look for a taken ISBN yourself, leave out the book being replaced (AND id != ?).`);
      });
    },
  },
  {
    name: 'PUT /books/:id changes the book in the path, even when the body holds another book\'s id',
    run: (t) => expectIdInBodyIgnored(t, 'PUT', newBook({ author: 'Rosa Vance' })),
  },
  {
    name: 'PUT /books/:id with a missing or empty field answers 400 naming it, and changes nothing',
    run: async (t) => {
      const book = await createBook(t);
      const pointer = 'PUT replaces the whole book, so every field is required: check the body with the same schema as POST before the UPDATE.';
      const { year: _year, ...withoutYear } = newBook();
      await expectRefused(t, { method: 'PUT', path: `/books/${book.id}`, json: withoutYear, sent: 'a book without a year', fields: ['year'], pointer });
      await expectRefused(t, { method: 'PUT', path: `/books/${book.id}`, json: newBook({ title: '' }), sent: 'an empty title', fields: ['title'], pointer });
    },
  },
  {
    name: 'PUT /books/:id with the ISBN of another book answers 409 and changes nothing',
    run: async (t) => {
      const owner = await createBook(t);
      const book = await createBook(t);
      await expectIsbnConflict(t, 'PUT', `/books/${book.id}`, newBook({ isbn: owner.isbn }), owner);
    },
  },
  {
    name: 'PUT /books/:id answers 404 when there is no such book, and creates nothing',
    run: async (t) => {
      const id = missingBookId(t);
      await expectTableUnchanged(t, 'books', async () => {
        const res = await t.http.put(`/books/${id}`, { json: newBook() });
        expectNoSuchBook(t, res, `PUT /books/${id}`, `There is no book ${id} to replace: look it up first and answer 404. In this API the database picks the ids, so a PUT never creates a book.`);
      }, `PUT /books/${id}`);
    },
  },
];

export default checks;
