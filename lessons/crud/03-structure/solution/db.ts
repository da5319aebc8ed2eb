/**
 * The connection to the database, opened once when the server starts. Models import it; nothing
 * else needs to know where the data lives.
 */
import Database from 'better-sqlite3';

export const db = new Database(process.env.DATABASE_PATH ?? 'books.db');
