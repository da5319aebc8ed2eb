import type { Check } from 'backend-sandbox/checks';
import { z } from 'zod';
import { BookSchema, comparableBook, ErrorBodySchema, createBook, expectTableUnchanged, missingBookId, type Book } from '../../../books-checks.js';
import { archivedAtInDatabase, byId, createArchivedBook } from '../../shelf-checks.js';

/** SQLite's datetime('now') has no time zone and means UTC; other formats parse as they are. */
function moment(text: string): number {
  return Date.parse(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(text) ? `${text.replace(' ', 'T')}Z` : text);
}

/** The same string, or the same instant written another way (an ISO date for SQLite's format). */
function sameMoment(answered: string, stored: string): boolean {
  return answered === stored || (!Number.isNaN(moment(answered)) && moment(answered) === moment(stored));
}

const ArchivedBookSchema = BookSchema.extend({ archivedAt: z.string().nullish() });

const checks: Check[] = [
  {
    name: 'GET /books?archived=true lists exactly the archived books, each with its archivedAt',
    run: async (t) => {
      await createArchivedBook(t);
      const res = await t.http.get('/books?archived=true');
      res.expectStatus(200);
      const listed = res.expectJson(z.array(ArchivedBookSchema), 'an array of archived books').sort(byId);
      const stored = t.db.all<Book & { archived_at: string }>('SELECT id, isbn, title, author, year, archived_at FROM books WHERE archived_at IS NOT NULL ORDER BY id');
      const storedById = new Map(stored.map((row) => [row.id, row]));

      const onShelf = listed.filter((book) => !storedById.has(book.id)).map((book) => book.id);
      if (onShelf.length > 0) t.fail(`GET /books?archived=true lists book(s) ${onShelf.join(', ')}, which are not archived. With ?archived=true, list only the books WHERE archived_at IS NOT NULL.`);
      for (const book of listed) {
        const { archived_at: archivedAt } = storedById.get(book.id)!;
        if (!book.archivedAt) return t.fail(`Book ${book.id} in GET /books?archived=true has no archivedAt. Send the archived_at column as archivedAt ("${archivedAt}"), so a client can tell when it was archived.`);
        if (!sameMoment(book.archivedAt, archivedAt)) t.fail(`Book ${book.id} in GET /books?archived=true has "archivedAt": "${book.archivedAt}", but its archived_at in the database is "${archivedAt}".`);
      }
      t.expectEqual(listed.map(comparableBook), stored.map(({ archived_at: _, ...book }) => book), 'GET /books?archived=true should list every book whose archived_at is set');
    },
  },
  {
    name: 'POST /books/:id/restore puts an archived book back on the shelf and answers 200 with it',
    run: async (t) => {
      const book = await createArchivedBook(t);
      const res = await t.http.post(`/books/${book.id}/restore`);
      res.expectStatus(200);
      t.expectEqual(comparableBook(res.expectJson(BookSchema, 'the restored book')), book, `POST /books/${book.id}/restore should answer with book ${book.id}`);
      const archivedAt = archivedAtInDatabase(t, book.id);
      if (archivedAt !== null) t.fail(`After POST /books/${book.id}/restore, the book's archived_at is ${JSON.stringify(archivedAt)}. Restoring sets it back to NULL.`);
      const found = (await t.http.get(`/books/${book.id}`)).expectStatus(200).expectJson(BookSchema, 'a single book');
      t.expectEqual(comparableBook(found), book, `GET /books/${book.id} should find the restored book again`);
    },
  },
  {
    name: 'POST /books/:id/restore answers 404 for a missing book and 409 for a book on the shelf',
    run: async (t) => {
      const missing = missingBookId(t);
      const notFound = await t.http.post(`/books/${missing}/restore`);
      notFound.expectStatus(404);
      notFound.expectJson(ErrorBodySchema, `an error like { "error": "There is no book with id ${missing}" }`);

      const onShelf = await createBook(t);
      await expectTableUnchanged(t, 'books', async () => {
        const res = await t.http.post(`/books/${onShelf.id}/restore`);
        res.expectStatus(409);
        res.expectJson(ErrorBodySchema, `an error like { "error": "Book ${onShelf.id} is not archived" }`);
      }, `POST /books/${onShelf.id}/restore on a book that is not archived`);
    },
  },
  {
    name: 'PUT /books/isbn/:isbn answers 409 for an archived book and changes nothing',
    run: async (t) => {
      const book = await createArchivedBook(t);
      const path = `/books/isbn/${book.isbn}`;
      await expectTableUnchanged(t, 'books', async () => {
        const res = await t.http.put(path, { json: { title: 'Back from the archive', author: book.author, year: book.year } });
        if (res.status === 200 || res.status === 201) {
          t.fail(`PUT ${path} answered ${res.status} for book ${book.id}, which is archived. In this lesson an archived ISBN answers 409 and changes nothing: the client restores the book first. Add WHERE archived_at IS NULL to the DO UPDATE.`);
        }
        res.expectStatus(409);
        res.expectJson(ErrorBodySchema, `an error like { "error": "Book ${book.id} is archived: restore it first" }`);
      }, `PUT ${path} on an archived book`);
    },
  },
];

export default checks;
