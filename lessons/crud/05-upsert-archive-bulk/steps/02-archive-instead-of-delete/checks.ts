import type { Check } from 'backend-sandbox/checks';
import { z } from 'zod';
import { BookSchema, comparableBook, ErrorBodySchema, createBook, expectTableUnchanged, missingBookId, type Book } from '../../../books-checks.js';
import { byId, createArchivedBook, shelfInDatabase } from '../../shelf-checks.js';

const checks: Check[] = [
  {
    name: 'DELETE /books/:id answers 204 and archives the book: the row stays, with archived_at set',
    run: async (t) => {
      const book = await createBook(t);
      const res = await t.http.delete(`/books/${book.id}`);
      res.expectStatus(204);
      const row = t.db.get<Book & { archived_at: string | null }>('SELECT id, isbn, title, author, year, archived_at FROM books WHERE id = ?', book.id);
      if (!row) return t.fail(`DELETE /books/${book.id} removed the row from the books table. Archive the book instead: UPDATE books SET archived_at = datetime('now') WHERE id = ?, so the row and its history stay.`);
      const { archived_at: archivedAt, ...rest } = row;
      if (!archivedAt) t.fail(`DELETE /books/${book.id} answered 204, but the book's archived_at is still ${JSON.stringify(archivedAt)}. Archiving sets it to the date and time, e.g. datetime('now').`);
      t.expectEqual(rest, book, `Archiving book ${book.id} should set archived_at and change nothing else`);
    },
  },
  {
    name: 'GET /books lists the books on the shelf and hides archived ones',
    run: async (t) => {
      await createArchivedBook(t);
      const res = await t.http.get('/books');
      res.expectStatus(200);
      const listed = res.expectJson(z.array(BookSchema), 'an array of books').map(comparableBook).sort(byId);
      const archivedIds = new Set(t.db.all<{ id: number }>('SELECT id FROM books WHERE archived_at IS NOT NULL').map((row) => row.id));
      const shown = listed.filter((book) => archivedIds.has(book.id)).map((book) => book.id);
      if (shown.length > 0) {
        t.fail(`GET /books lists book(s) ${shown.join(', ')}, which are archived (their archived_at is set). The shelf is only the books WHERE archived_at IS NULL.`);
      }
      t.expectEqual(listed, shelfInDatabase(t), 'GET /books should list every book whose archived_at is NULL');
    },
  },
  {
    name: 'GET /books/:id answers 404 for an archived book and still finds a book on the shelf',
    run: async (t) => {
      const archived = await createArchivedBook(t);
      const res = await t.http.get(`/books/${archived.id}`);
      if (res.status === 200) {
        t.fail(`GET /books/${archived.id} answered 200 with book ${archived.id}, which is archived. For clients an archived book is gone: answer 404 (add AND archived_at IS NULL to the SELECT).`);
      }
      res.expectStatus(404);
      res.expectJson(ErrorBodySchema, `an error like { "error": "There is no book with id ${archived.id}" }`);

      const onShelf = await createBook(t);
      const found = (await t.http.get(`/books/${onShelf.id}`)).expectStatus(200).expectJson(BookSchema, 'a single book');
      t.expectEqual(comparableBook(found), onShelf, `GET /books/${onShelf.id} should still answer with that book, which is on the shelf`);
    },
  },
  {
    name: 'DELETE /books/:id answers 404 for an archived or missing book, and keeps the first archive date',
    run: async (t) => {
      const archived = await createArchivedBook(t);
      await expectTableUnchanged(t, 'books', async () => {
        const res = await t.http.delete(`/books/${archived.id}`);
        if (res.status === 204) {
          t.fail(`DELETE /books/${archived.id} answered 204 for a book that was already archived. It is gone for clients, so answer 404, and leave its archived_at as it was (add AND archived_at IS NULL to the UPDATE).`);
        }
        res.expectStatus(404);
      }, `Archiving book ${archived.id} a second time`);

      const missing = missingBookId(t);
      (await t.http.delete(`/books/${missing}`)).expectStatus(404);
    },
  },
  {
    name: 'PATCH /books/:id answers 404 for an archived book and changes nothing',
    run: async (t) => {
      const archived = await createArchivedBook(t);
      const path = `/books/${archived.id}`;
      await expectTableUnchanged(t, 'books', async () => {
        const res = await t.http.patch(path, { json: { title: 'Edited while archived' } });
        if (res.status === 200) t.fail(`PATCH ${path} answered 200 for book ${archived.id}, which is archived. Edits, like reads, only see the shelf: add AND archived_at IS NULL to the UPDATE's WHERE and answer 404.`);
        res.expectStatus(404);
      }, `PATCH ${path} on an archived book`);
    },
  },
];

export default checks;
