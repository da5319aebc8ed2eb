/**
 * Editing rows from the inspector: every value bound as a parameter, every table and column
 * name checked against the live schema and quoted, every row named by its key (rowid, or the
 * primary key of a WITHOUT ROWID table). Each runs on a connection inside the lesson's queue.
 */
import type { Database } from 'better-sqlite3';
import type { DbCellRequest, DbDeleteRequest, DbInsertRequest, DbRow, DbTable, DbUpdateRequest, DbValue } from '../contract/workbench.js';
import { HttpError } from '../server/http/http-error.js';
import { toCell, toDbValue, toSqliteValue, type SqliteValue } from './db-values.js';
import { requireColumn, requireKeyedTable } from './identifiers.js';
import { quoteIdentifier } from '../sqlite/quote-identifier.js';

/** A whole cell is sent as one JSON value; past this it would no longer be something to read in a page. */
export const MAX_CELL_BYTES = 16 * 1024 * 1024;

function keyMatch(table: DbTable, key: readonly (DbValue | DbCellRequest['key'][number])[]): { sql: string; params: SqliteValue[] } {
  requireKeyedTable(table);
  if (key.length !== table.key.length) {
    throw new HttpError(400, `A row of "${table.name}" is named by ${table.key.length} key value(s) (${table.key.join(', ')}), got ${key.length}.`);
  }
  return { sql: table.key.map((column) => `${quoteIdentifier(column)} = ?`).join(' AND '), params: key.map(toSqliteValue) };
}

function selectRow(db: Database, table: DbTable, key: DbValue[]): DbRow {
  const match = keyMatch(table, key);
  const keys = table.key.map(quoteIdentifier);
  const columns = table.columns.map((column) => quoteIdentifier(column.name));
  const row = db
    .prepare<SqliteValue[], unknown[]>(`SELECT ${[...keys, ...columns].join(', ')} FROM ${quoteIdentifier(table.name)} WHERE ${match.sql}`)
    .raw(true)
    .safeIntegers(true)
    .get(...match.params);
  if (!row) throw new HttpError(404, `That row of "${table.name}" no longer exists.`);
  return { key: row.slice(0, keys.length).map(toDbValue), values: row.slice(keys.length).map(toCell) };
}

function writable(table: DbTable, column: string): string {
  const quoted = requireColumn(table, column);
  if (table.columns.find((candidate) => candidate.name === column)?.generated) {
    throw new HttpError(400, `Column "${column}" of "${table.name}" is generated: SQLite computes it.`);
  }
  return quoted;
}

/** The key of the row just written, read back with RETURNING so an edited key is followed. */
function returningKey(table: DbTable): string {
  return table.key.map(quoteIdentifier).join(', ');
}

export function insertRow(db: Database, table: DbTable, request: DbInsertRequest): DbRow {
  requireKeyedTable(table);
  const entries = Object.entries(request.values);
  const columns = entries.map(([column]) => writable(table, column));
  const sql = entries.length === 0
    ? `INSERT INTO ${quoteIdentifier(table.name)} DEFAULT VALUES RETURNING ${returningKey(table)}`
    : `INSERT INTO ${quoteIdentifier(table.name)} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) RETURNING ${returningKey(table)}`;
  const key = runReturningKey(db, sql, entries.map(([, value]) => toSqliteValue(value)));
  return selectRow(db, table, key!);
}

export function updateCell(db: Database, table: DbTable, request: DbUpdateRequest): DbRow {
  const column = writable(table, request.column);
  const match = keyMatch(table, request.key);
  const sql = `UPDATE ${quoteIdentifier(table.name)} SET ${column} = ? WHERE ${match.sql} RETURNING ${returningKey(table)}`;
  const key = runReturningKey(db, sql, [toSqliteValue(request.value), ...match.params]);
  if (!key) throw new HttpError(404, `That row of "${table.name}" no longer exists.`);
  return selectRow(db, table, key);
}

/** All or none: one missing row does not leave the others deleted. */
export function deleteRows(db: Database, table: DbTable, request: DbDeleteRequest): number {
  const statement = db.prepare<SqliteValue[]>(`DELETE FROM ${quoteIdentifier(table.name)} WHERE ${keyMatch(table, request.keys[0]!).sql}`);
  return db.transaction(() => request.keys.reduce((deleted, key) => deleted + statement.run(...keyMatch(table, key).params).changes, 0))();
}

export function readCell(db: Database, table: DbTable, request: DbCellRequest): DbValue {
  const column = requireColumn(table, request.column);
  const match = keyMatch(table, request.key);
  const found = db
    .prepare<SqliteValue[], [unknown, number | bigint | null]>(`SELECT ${column}, length(${column}) FROM ${quoteIdentifier(table.name)} WHERE ${match.sql}`)
    .raw(true)
    .safeIntegers(true)
    .get(...match.params);
  if (!found) throw new HttpError(404, `That row of "${table.name}" no longer exists.`);
  if (Number(found[1] ?? 0) > MAX_CELL_BYTES) {
    throw new HttpError(413, `This value is larger than ${MAX_CELL_BYTES / 1024 / 1024} MiB; query a part of it with substr() in the SQL console.`);
  }
  return toDbValue(found[0]);
}

function runReturningKey(db: Database, sql: string, params: SqliteValue[]): DbValue[] | undefined {
  return db.prepare<SqliteValue[], unknown[]>(sql).raw(true).safeIntegers(true).get(...params)?.map(toDbValue);
}
