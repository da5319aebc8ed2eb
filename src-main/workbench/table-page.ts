/**
 * One page of a table: filtered, sorted, and fetched by keyset (see keyset.ts) so a page deep in
 * a million rows costs the same as the first. Long values are cut by SQLite itself (`substr`),
 * so a page never reads a whole 10 MB text just to show its first line.
 */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { DbPage, DbPageRequestSchema, DbTable } from '../contract/workbench.js';
import { PREVIEW_LIMIT, toDbValue, toPreviewCell, type SqliteValue } from './db-values.js';
import { filterCondition } from './filters.js';
import { requireColumn, requireKeyedTable } from './identifiers.js';
import { quoteIdentifier } from '../sqlite/quote-identifier.js';
import { afterSegments, decodeCursor, encodeCursor, orderByClause, type KeysetOrder } from './keyset.js';

type PageRequest = z.infer<typeof DbPageRequestSchema>;

export interface PageQuery {
  /** Ends in `LIMIT ?`: the rows still missing from the page. */
  sql: string;
  params: SqliteValue[];
}

export interface PagePlan {
  order: KeysetOrder;
  /** Run in turn until the page is full. */
  queries: PageQuery[];
}

/**
 * The statements for a page. Selected as key…, [sort value], then (preview, length) per column,
 * under aliases that never shadow a column in ORDER BY.
 */
export function planPage(table: DbTable, request: PageRequest): PagePlan {
  requireKeyedTable(table);
  const keyColumns = table.key.map(quoteIdentifier);
  const order: KeysetOrder = {
    keyColumns,
    direction: request.sort?.direction ?? 'asc',
    ...(request.sort ? { sortColumn: requireColumn(table, request.sort.column) } : {}),
  };
  const filters = request.filters.map((filter) => filterCondition(requireColumn(table, filter.column), filter));
  const segments = request.after === undefined ? [undefined] : afterSegments(order, decodeCursor(request.after, order));
  const previews = table.columns.map((column, i) => {
    const name = quoteIdentifier(column.name);
    return `CASE WHEN length(${name}) > ${PREVIEW_LIMIT} THEN substr(${name}, 1, ${PREVIEW_LIMIT}) ELSE ${name} END AS v${i}, length(${name}) AS n${i}`;
  });
  const selected = [...keyColumns.map((key, i) => `${key} AS k${i}`), ...(order.sortColumn ? [`${order.sortColumn} AS s`] : []), ...previews];
  const queries = segments.map((segment) => {
    const conditions = segment ? [...filters, segment] : filters;
    return {
      sql: `SELECT ${selected.join(', ')} FROM ${quoteIdentifier(table.name)}`
        + (conditions.length > 0 ? ` WHERE ${conditions.map((condition) => condition.sql).join(' AND ')}` : '')
        + ` ORDER BY ${orderByClause(order)} LIMIT ?`,
      params: conditions.flatMap((condition) => condition.params),
    };
  });
  return { order, queries };
}

export function readPage(db: Database, table: DbTable, request: PageRequest): DbPage {
  const started = performance.now();
  const { order, queries } = planPage(table, request);
  const raw: unknown[][] = [];
  for (const query of queries) {
    const statement = db.prepare<unknown[], unknown[]>(query.sql).raw(true).safeIntegers(true);
    raw.push(...statement.all(...query.params, request.limit + 1 - raw.length));
    if (raw.length > request.limit) break;
  }

  const rows = raw.slice(0, request.limit);
  const keyCount = order.keyColumns.length;
  const valuesFrom = keyCount + (order.sortColumn ? 1 : 0);
  const last = rows.at(-1);
  return {
    table: table.name,
    columns: table.columns.map((column) => column.name),
    key: table.key,
    rows: rows.map((row) => ({
      key: row.slice(0, keyCount).map(toDbValue),
      values: table.columns.map((_, i) => toPreviewCell(row[valuesFrom + 2 * i], row[valuesFrom + 2 * i + 1])),
    })),
    ...(raw.length > request.limit && last
      ? { nextCursor: encodeCursor({ key: last.slice(0, keyCount).map(toDbValue), ...(order.sortColumn ? { sortValue: toDbValue(last[keyCount]) } : {}) }) }
      : {}),
    durationMs: Math.round((performance.now() - started) * 100) / 100,
  };
}
