import Database from 'better-sqlite3';

export const db = new Database(process.env.DATABASE_PATH ?? 'books.db');

// An author's page lists their books newest first: `WHERE author = ? ORDER BY year DESC, id DESC`.
// This index finds the author's books without reading the others, already in year order (an
// index keeps each entry's id too, so ties on year come out in id order). IF NOT EXISTS: the
// server runs this every time it starts, and the index survives in the database file.
db.exec('CREATE INDEX IF NOT EXISTS books_by_author_year ON books (author, year)');
