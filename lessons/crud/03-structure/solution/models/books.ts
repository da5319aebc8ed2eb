/**
 * The books model: the only code that knows books live in SQLite. It takes plain values and
 * returns plain objects; it never sees a request or a response, and it never picks a status code.
 */
import Database from 'better-sqlite3';
import { db } from '../db.js';

export interface Book {
  id: number;
  isbn: string;
  title: string;
  author: string;
  year: number;
}

export type BookFields = Omit<Book, 'id'>;

/** What the model says when SQLite's UNIQUE rule refuses an ISBN: in its own words, not SQLite's. */
export class IsbnTakenError extends Error {
  constructor(readonly isbn: string) {
    super(`Another book already has the ISBN ${isbn}`);
  }
}

const COLUMNS = 'id, isbn, title, author, year';

function unlessIsbnTaken(isbn: string, write: () => Book): Book {
  try {
    return write();
  } catch (error) {
    if (error instanceof Database.SqliteError && error.code === 'SQLITE_CONSTRAINT_UNIQUE') throw new IsbnTakenError(isbn);
    throw error;
  }
}

export function listBooks(): Book[] {
  return db.prepare(`SELECT ${COLUMNS} FROM books ORDER BY id`).all() as Book[];
}

export function findBook(id: number): Book | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM books WHERE id = ?`).get(id) as Book | undefined;
}

export function createBook(fields: BookFields): Book {
  const insert = db.prepare(`INSERT INTO books (isbn, title, author, year) VALUES (@isbn, @title, @author, @year) RETURNING ${COLUMNS}`);
  return unlessIsbnTaken(fields.isbn, () => insert.get(fields) as Book);
}

/** Writes every field of `book` to its row. */
export function saveBook(book: Book): Book {
  const update = db.prepare(`UPDATE books SET isbn = @isbn, title = @title, author = @author, year = @year WHERE id = @id RETURNING ${COLUMNS}`);
  return unlessIsbnTaken(book.isbn, () => update.get(book) as Book);
}

/** Whether a book was deleted. */
export function deleteBook(id: number): boolean {
  return db.prepare('DELETE FROM books WHERE id = ?').run(id).changes > 0;
}
