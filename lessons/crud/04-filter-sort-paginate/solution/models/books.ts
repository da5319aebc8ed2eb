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

/** What a client may filter on; every field is optional. */
export interface BookFilter {
  author?: string;
  genre?: string;
  yearFrom?: number;
  yearTo?: number;
}

/** The columns a list may be sorted by. Only these fixed strings ever reach the SQL text. */
export type SortColumn = 'id' | 'title' | 'year';

export interface Sort {
  column: SortColumn;
  descending: boolean;
}

/** Where the previous page ended: its last book's sort value and id. */
export interface After {
  value: string | number;
  id: number;
}

const COLUMNS = 'id, isbn, title, author, year, genre';

/**
 * Up to `limit` books that match `filter`, in `sort` order, starting after `after`. Values go in
 * as `?` parameters; the column and direction come from our own whitelist, never from the client.
 */
export function findPage(filter: BookFilter, sort: Sort, limit: number, after?: After): Book[] {
  const conditions: string[] = [];
  const params: (string | number)[] = [];
  if (filter.author !== undefined) {
    conditions.push('author = ?');
    params.push(filter.author);
  }
  if (filter.genre !== undefined) {
    conditions.push('genre = ?');
    params.push(filter.genre);
  }
  if (filter.yearFrom !== undefined) {
    conditions.push('year >= ?');
    params.push(filter.yearFrom);
  }
  if (filter.yearTo !== undefined) {
    conditions.push('year <= ?');
    params.push(filter.yearTo);
  }
  const direction = sort.descending ? 'DESC' : 'ASC';
  if (after) {
    // The keyset seek: rows strictly past the pair (sort value, id) in the list's order.
    conditions.push(`(${sort.column}, id) ${sort.descending ? '<' : '>'} (?, ?)`);
    params.push(after.value, after.id);
  }
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  const sql = `SELECT ${COLUMNS} FROM books ${where} ORDER BY ${sort.column} ${direction}, id ${direction} LIMIT ?`;
  return db.prepare(sql).all(...params, limit) as Book[];
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
