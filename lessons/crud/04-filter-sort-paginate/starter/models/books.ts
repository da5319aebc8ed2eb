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

const COLUMNS = 'id, isbn, title, author, year, genre';

// Steps 1 to 4: replace findAll with a function that reads one page: only the books that match
// the filter, in the asked order, starting after the previous page, at most `limit` of them.
export function findAll(): Book[] {
  return db.prepare(`SELECT ${COLUMNS} FROM books ORDER BY id`).all() as Book[];
}

export function findById(id: number): Book | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM books WHERE id = ?`).get(id) as Book | undefined;
}

export function insert(book: NewBook): Book {
  return db
    .prepare(`INSERT INTO books (isbn, title, author, year, genre) VALUES (@isbn, @title, @author, @year, @genre) RETURNING ${COLUMNS}`)
    .get(book) as Book;
}
