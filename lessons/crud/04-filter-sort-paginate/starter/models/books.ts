/**
 * The books model, as in the last lesson: the only code that knows books live in SQLite. It takes
 * plain values and returns plain objects; it never sees a request and never picks a status code.
 */
import Database from 'better-sqlite3';
import { db } from '../db.js';

export interface Book {
  id: number;
  isbn: string;
  title: string;
  author: string;
  year: number;
  genre: string;
}

export type NewBook = Omit<Book, 'id'>;

/** What the model says when SQLite's UNIQUE rule refuses an ISBN: in its own words, not SQLite's. */
export class IsbnTakenError extends Error {
  constructor(readonly isbn: string) {
    super(`Another book already has the ISBN ${isbn}`);
  }
}

const COLUMNS = 'id, isbn, title, author, year, genre';

// Steps 1 to 4: replace listBooks with a function that reads one page: only the books that match
// the filter, in the asked order, starting after the previous page, at most `limit` of them.
export function listBooks(): Book[] {
  return db.prepare(`SELECT ${COLUMNS} FROM books ORDER BY id`).all() as Book[];
}

export function findBook(id: number): Book | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM books WHERE id = ?`).get(id) as Book | undefined;
}

export function createBook(book: NewBook): Book {
  const insert = db.prepare(`INSERT INTO books (isbn, title, author, year, genre) VALUES (@isbn, @title, @author, @year, @genre) RETURNING ${COLUMNS}`);
  try {
    return insert.get(book) as Book;
  } catch (error) {
    if (error instanceof Database.SqliteError && error.code === 'SQLITE_CONSTRAINT_UNIQUE') throw new IsbnTakenError(book.isbn);
    throw error;
  }
}
