/**
 * Keyset pagination: a page starts right after the last row of the previous one, named by its
 * sort value and its key, so SQLite seeks straight there through an index instead of counting
 * past every earlier row as OFFSET does. The cursor is that position, opaque to the page.
 *
 * Order: the sort column, then the key columns, all in the same direction. SQLite sorts NULL
 * before every value, so ascending pages see NULLs first and descending pages last.
 */
import type { DbValue } from '../contract/workbench.js';
import { HttpError } from '../server/http/http-error.js';
import { toSqliteValue, type SqliteValue } from './db-values.js';

export interface KeysetOrder {
  /** Quoted sort column, or undefined to order by the key alone. */
  sortColumn?: string;
  /** Quoted key columns (rowid or the primary key). */
  keyColumns: string[];
  direction: 'asc' | 'desc';
}

/** The last row seen: its sort value (when sorting by a column) and its key values. */
export interface CursorPosition {
  sortValue?: DbValue;
  key: DbValue[];
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

export function decodeCursor(cursor: string, order: KeysetOrder): CursorPosition {
  let position: Partial<CursorPosition>;
  try {
    position = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<CursorPosition>;
  } catch {
    throw new HttpError(400, 'The page cursor is not valid; load the first page again.');
  }
  const fits = Array.isArray(position.key) && position.key.length === order.keyColumns.length
    && (order.sortColumn === undefined || 'sortValue' in position);
  if (!fits) throw new HttpError(400, 'The page cursor belongs to another sort or table; load the first page again.');
  return position as CursorPosition;
}

export function orderByClause(order: KeysetOrder): string {
  const direction = order.direction === 'asc' ? 'ASC' : 'DESC';
  const columns = order.sortColumn === undefined ? order.keyColumns : [order.sortColumn, ...order.keyColumns];
  return columns.map((column) => `${column} ${direction}`).join(', ');
}

export interface Condition {
  sql: string;
  params: SqliteValue[];
}

/**
 * What "comes after this position" as conditions to query one after another, each a row-value
 * comparison SQLite answers with an index seek. NULL sort values compare as neither greater nor
 * smaller, so crossing between the NULLs and the rest is a second segment: one condition with an
 * OR would make SQLite scan the whole index instead (120 ms instead of 0.1 ms at a million rows).
 */
export function afterSegments(order: KeysetOrder, position: CursorPosition): Condition[] {
  const beyond = order.direction === 'asc' ? '>' : '<';
  const keyParams = position.key.map(toSqliteValue);
  const keyTuple = `(${order.keyColumns.join(', ')})`;
  const placeholders = (count: number) => `(${Array.from({ length: count }, () => '?').join(', ')})`;
  if (order.sortColumn === undefined) return [{ sql: `${keyTuple} ${beyond} ${placeholders(keyParams.length)}`, params: keyParams }];
  const sort = order.sortColumn;
  const sortValue = position.sortValue ?? null;
  const nonNull = { sql: `${sort} IS NOT NULL`, params: [] };
  const allNulls = { sql: `${sort} IS NULL`, params: [] };
  if (sortValue === null) {
    // Still inside the NULLs: the later NULL rows by key; ascending, every non-NULL row after them.
    const laterNulls = { sql: `${sort} IS NULL AND ${keyTuple} ${beyond} ${placeholders(keyParams.length)}`, params: keyParams };
    return order.direction === 'asc' ? [laterNulls, nonNull] : [laterNulls];
  }
  const laterValues = {
    sql: `(${sort}, ${order.keyColumns.join(', ')}) ${beyond} ${placeholders(keyParams.length + 1)}`,
    params: [toSqliteValue(sortValue), ...keyParams],
  };
  // Descending, the NULLs come last, after every value.
  return order.direction === 'asc' ? [laterValues] : [laterValues, allNulls];
}
