/**
 * One page of a table: filtered, sorted, and fetched by keyset (see keyset.ts) so a page deep in
 * a million rows costs the same as the first. Long values are cut by SQLite itself (`substr`),
 * so a page never reads a whole 10 MB text just to show its first line.
 */
import type { Database } from 'better-sqlite3';
import type { DbPage, DbPageRequestSchema, DbTable } from '../contract/workbench.js';
import type { z } from 'zod';
import { PREVIEW_LIMIT, toDbValue, toPreviewCell, type SqliteValue } from './db-values.js';
import { filterCondition } from './filters.js';
import { quoteIdentifier, requireColumn, requireKeyedTable } from './identifiers.js';
import { afterCondition, decodeCursor, encodeCursor, orderByClause, type KeysetOrder } from './keyset.js';

type PageRequest = z.infer<typeof DbPageRequestSchema>;

export function readPage(db: Database, table: DbTable, request: PageRequest): DbPage {
  const started = performance.now();
  requireKeyedTable(table);
  const keyColumns = table.key.map(quoteIdentifier);
  const order: KeysetOrder = {
    keyColumns,
    direction: request.sort?.direction ?? 'asc',
    ...(request.sort ? { sortColumn: requireColumn(table, request.sort.column) } : {}),
  };
  const conditions: string[] = [];
  const params: SqliteValue[] = [];
  for (const filter of request.filters) {
    const condition = filterCondition(requireColumn(table, filter.column), filter);
    conditions.push(condition.sql);
    params.push(...condition.params);
  }
  if (request.after !== undefined) {
    const after = afterCondition(order, decodeCursor(request.after, order));
    conditions.push(after.sql);
    params.push(...after.params);
  }

  // Selected as key…, [sort value], then (preview, length) per column; aliases never shadow a column in ORDER BY.
  const columns = table.columns.map((column) => column.name);
  const previews = columns.map((name, i) => {
    const column = quoteIdentifier(name);
    return `CASE WHEN length(${column}) > ${PREVIEW_LIMIT} THEN substr(${column}, 1, ${PREVIEW_LIMIT}) ELSE ${column} END AS v${i}, length(${column}) AS n${i}`;
  });
  const selected = [...keyColumns.map((key, i) => `${key} AS k${i}`), ...(order.sortColumn ? [`${order.sortColumn} AS s`] : []), ...previews];
  const sql = `SELECT ${selected.join(', ')} FROM ${quoteIdentifier(table.name)}`
    + (conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : '')
    + ` ORDER BY ${orderByClause(order)} LIMIT ?`;
  const statement = db.prepare<unknown[], unknown[]>(sql).raw(true).safeIntegers(true);
  const raw = statement.all(...params, request.limit + 1);

  const more = raw.length > request.limit;
  const rows = raw.slice(0, request.limit);
  const keyCount = keyColumns.length;
  const valuesFrom = keyCount + (order.sortColumn ? 1 : 0);
  const last = rows.at(-1);
  return {
    table: table.name,
    columns,
    key: table.key,
    rows: rows.map((row) => ({
      key: row.slice(0, keyCount).map(toDbValue),
      values: columns.map((_, i) => toPreviewCell(row[valuesFrom + 2 * i], row[valuesFrom + 2 * i + 1])),
    })),
    ...(more && last
      ? { nextCursor: encodeCursor({ key: last.slice(0, keyCount).map(toDbValue), ...(order.sortColumn ? { sortValue: toDbValue(last[keyCount]) } : {}) }) }
      : {}),
    durationMs: Math.round((performance.now() - started) * 100) / 100,
  };
}
