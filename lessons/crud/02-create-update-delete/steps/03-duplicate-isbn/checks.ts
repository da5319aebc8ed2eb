import type { Check } from 'backend-sandbox/checks';
import { newBook, requireSomeBooks } from '../../../books-checks.js';
import { createBook, expectIsbnConflict } from '../../book-write-checks.js';

const checks: Check[] = [
  {
    name: 'POST /books with the ISBN of a book it just created answers 409 Conflict and saves nothing',
    run: async (t) => {
      const owner = await createBook(t);
      await expectIsbnConflict(t, 'POST', '/books', newBook({ isbn: owner.isbn }), owner);
    },
  },
  {
    name: 'POST /books with the ISBN of a book already in the catalogue answers 409 Conflict',
    run: async (t) => {
      const books = requireSomeBooks(t);
      const owner = books[books.length - 1]!;
      await expectIsbnConflict(t, 'POST', '/books', newBook({ isbn: owner.isbn }), owner);
    },
  },
  {
    name: 'A book with an ISBN no one has is still created (201) after a conflict',
    run: async (t) => {
      const owner = await createBook(t);
      await expectIsbnConflict(t, 'POST', '/books', newBook({ isbn: owner.isbn }), owner);
      await createBook(t);
    },
  },
];

export default checks;
