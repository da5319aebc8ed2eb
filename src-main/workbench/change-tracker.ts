/**
 * "What changed": a snapshot of every table before something runs (a check, a request, a console
 * statement) and a diff after it. A snapshot keeps each row as its key and one JSON string of its
 * values: comparing strings finds the changed rows, and the string still holds the values to show
 * as "before". Tables past a size cap are skipped with a notice, so a million-row table costs a
 * count, not a copy.
 */
import type { Database } from 'better-sqlite3';
import type { DbChanges, DbRowChange, DbTable, DbTableChanges, DbValue } from '../contract/workbench.js';
import { shortenValue, toDbValue } from './db-values.js';
import { quoteIdentifier } from '../sqlite/quote-identifier.js';
import { countRows, readTables } from './schema-reader.js';

/**
 * Per table. A snapshot runs before and after every check, so it is paid inside the learner's
 * Run checks loop: about 5 µs a row here (200 rows 1.5 ms, 2,000 rows 11 ms, 20,000 rows 98 ms).
 * Lesson tables are small; a bigger one is listed as skipped rather than slowing every run.
 */
export const SNAPSHOT_ROW_CAP = 2_000;
/** Changed rows listed per table (the counts stay exact). */
export const LISTED_CHANGES_CAP = 100;

interface TableSnapshot {
  table: DbTable;
  /** key JSON → values JSON */
  rows: Map<string, string>;
}

export interface DatabaseSnapshot {
  tables: Map<string, TableSnapshot>;
  skipped: DbChanges['skipped'];
}

export function takeSnapshot(db: Database): DatabaseSnapshot {
  const snapshot: DatabaseSnapshot = { tables: new Map(), skipped: [] };
  for (const table of readTables(db)) {
    if (table.kind === 'view' || table.key.length === 0) continue;
    const rowCount = countRows(db, table) ?? 0;
    if (rowCount > SNAPSHOT_ROW_CAP) {
      snapshot.skipped.push({ table: table.name, rowCount, reason: `more than ${SNAPSHOT_ROW_CAP} rows: too large to compare after every request` });
      continue;
    }
    snapshot.tables.set(table.name, { table, rows: readRows(db, table) });
  }
  return snapshot;
}

function readRows(db: Database, table: DbTable): Map<string, string> {
  const keys = table.key.map(quoteIdentifier);
  const columns = table.columns.map((column) => quoteIdentifier(column.name));
  const statement = db
    .prepare<[], unknown[]>(`SELECT ${[...keys, ...columns].join(', ')} FROM ${quoteIdentifier(table.name)}`)
    .raw(true)
    .safeIntegers(true);
  const rows = new Map<string, string>();
  for (const row of statement.iterate()) {
    const values = row.map(toDbValue);
    rows.set(JSON.stringify(values.slice(0, keys.length)), JSON.stringify(values.slice(keys.length)));
  }
  return rows;
}

export function diffSnapshots(before: DatabaseSnapshot, after: DatabaseSnapshot): DbChanges {
  const names = new Set([...before.tables.keys(), ...after.tables.keys()]);
  const tables: DbTableChanges[] = [];
  for (const name of [...names].sort()) {
    const changes = diffTable(before.tables.get(name), after.tables.get(name));
    if (changes.inserted + changes.updated + changes.deleted > 0 || changes.created || changes.dropped) tables.push(changes);
  }
  const skipped = new Map([...before.skipped, ...after.skipped].map((notice) => [notice.table, notice]));
  return { tables, skipped: [...skipped.values()] };
}

function diffTable(before: TableSnapshot | undefined, after: TableSnapshot | undefined): DbTableChanges {
  const table = (after ?? before)!.table;
  const changes: DbTableChanges = {
    table: table.name,
    columns: table.columns.map((column) => column.name),
    key: table.key,
    inserted: 0,
    updated: 0,
    deleted: 0,
    rows: [],
    rowsTruncated: false,
    ...(before ? {} : { created: true }),
    ...(after ? {} : { dropped: true }),
  };
  const oldRows = before?.rows ?? new Map<string, string>();
  const newRows = after?.rows ?? new Map<string, string>();
  const list = (change: DbRowChange) => {
    if (changes.rows.length < LISTED_CHANGES_CAP) changes.rows.push(change);
    else changes.rowsTruncated = true;
  };
  for (const [key, values] of newRows) {
    const old = oldRows.get(key);
    if (old === values) continue;
    if (old === undefined) changes.inserted++;
    else changes.updated++;
    list({ key: parse(key), ...(old === undefined ? {} : { before: parse(old).map(shortenValue) }), after: parse(values).map(shortenValue) });
  }
  for (const [key, values] of oldRows) {
    if (newRows.has(key)) continue;
    changes.deleted++;
    list({ key: parse(key), before: parse(values).map(shortenValue) });
  }
  return changes;
}

const parse = (json: string) => JSON.parse(json) as DbValue[];

export const noChanges = (): DbChanges => ({ tables: [], skipped: [] });
