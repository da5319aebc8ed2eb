import Database from 'better-sqlite3';

export const db = new Database(process.env.DATABASE_PATH ?? 'books.db');

// Step 5: create the index that serves an author's page (books by one author, newest first),
// here, every time the server starts: CREATE INDEX IF NOT EXISTS …
