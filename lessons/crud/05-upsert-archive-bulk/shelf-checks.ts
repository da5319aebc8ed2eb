/**
 * What this lesson's steps share in their checks: the shelf (books whose archived_at is NULL) and
 * the archive as the database holds them, and fresh books made and archived through the API, so
 * the checks never touch the sample books and pass again on the next run.
 */
import type { Tester } from 'backend-sandbox/checks';
import { createBook, type Book } from '../books-checks.js';

export function byId(a: { id: number }, b: { id: number }): number {
  return a.id - b.id;
}

/** The books a client may see: every row whose archived_at is NULL. */
export function shelfInDatabase(t: Tester): Book[] {
  return t.db.all<Book>('SELECT id, isbn, title, author, year FROM books WHERE archived_at IS NULL ORDER BY id');
}

/** The row's archived_at: null on the shelf, undefined when there is no row at all. */
export function archivedAtInDatabase(t: Tester, id: number): string | null | undefined {
  return t.db.get<{ archived_at: string | null }>('SELECT archived_at FROM books WHERE id = ?', id)?.archived_at;
}

/** A new book, archived with DELETE /books/:id as step 2 asks. */
export async function createArchivedBook(t: Tester): Promise<Book> {
  const book = await createBook(t);
  (await t.http.delete(`/books/${book.id}`)).expectStatus(204);
  const archivedAt = archivedAtInDatabase(t, book.id);
  if (archivedAt === undefined) t.fail(`DELETE /books/${book.id} removed the row from the books table. Archive the book instead: set its archived_at and keep the row.`);
  if (archivedAt === null) t.fail(`DELETE /books/${book.id} answered 204, but the book's archived_at is still NULL. Archiving sets it to the date and time, e.g. datetime('now').`);
  return book;
}
