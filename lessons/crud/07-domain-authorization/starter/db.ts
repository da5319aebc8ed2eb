import Database from 'better-sqlite3';

// The app tells your server where the lesson database is.
export const db = new Database(process.env.DATABASE_PATH ?? 'loans.db');

// SQLite checks REFERENCES only when asked to: an application must belong to a real user, and an
// event or a loan to a real application.
db.pragma('foreign_keys = ON');
