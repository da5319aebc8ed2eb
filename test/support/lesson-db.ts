/** Reads a lesson's real SQLite database the way a test needs to: how many rows a table holds. */
import Database from 'better-sqlite3';

/** Rows in `table` of the database file at `databasePath`, opened read-only. */
export function rowCount(databasePath: string, table: string): number {
  const db = new Database(databasePath, { readonly: true });
  try {
    return countIn(db, table);
  } finally {
    db.close();
  }
}

/** Rows in `table` right after `seedSql` runs on an empty database. */
export function seededRowCount(seedSql: string, table: string): number {
  const db = new Database(':memory:');
  try {
    db.exec(seedSql);
    return countIn(db, table);
  } finally {
    db.close();
  }
}

function countIn(db: Database.Database, table: string): number {
  return db.prepare(`SELECT COUNT(*) FROM "${table}"`).pluck().get() as number;
}
