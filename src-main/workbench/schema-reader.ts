/**
 * Reads the live schema of a lesson database through SQLite's pragma functions, with the table
 * name bound as a parameter: enough for the page to list tables, draw an ER diagram, and for the
 * inspector to validate every table and column name it is given.
 */
import type { Database } from 'better-sqlite3';
import type { DbColumn, DbForeignKey, DbIndex, DbTable } from '../contract/workbench.js';
import { quoteIdentifier } from '../sqlite/quote-identifier.js';

interface TableListRow { name: string; type: string; wr: number }
interface XInfoRow { name: string; type: string; notnull: number; dflt_value: string | null; pk: number; hidden: number }
interface ForeignKeyRow { id: number; seq: number; table: string; from: string; to: string | null; on_update: string; on_delete: string }
interface IndexListRow { name: string; unique: number; origin: 'c' | 'u' | 'pk'; partial: number }

/** The names SQLite answers to for a rowid table's row id, unless a column takes them. */
const ROWID_ALIASES = ['rowid', '_rowid_', 'oid'];

const LISTED = `SELECT name, type, wr FROM pragma_table_list
  WHERE schema = 'main' AND type IN ('table', 'view', 'virtual', 'shadow') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`;

/** Tables and views without row counts (counting is the costly part; callers ask for it). */
export function readTables(db: Database): DbTable[] {
  const listed = db.prepare<[], TableListRow>(`${LISTED} ORDER BY type = 'view', name`).all();
  return listed.map((row) => describeTable(db, row));
}

/** One table or view by its exact name, or undefined: how every name from the page is checked. */
export function readTable(db: Database, name: string): DbTable | undefined {
  const row = db.prepare<[string], TableListRow>(`${LISTED} AND name = ?`).get(name);
  return row && describeTable(db, row);
}

export function countRows(db: Database, table: DbTable): number | null {
  if (table.kind === 'view') return null;
  return db.prepare(`SELECT count(*) FROM ${quoteIdentifier(table.name)}`).pluck().get() as number;
}

function describeTable(db: Database, row: TableListRow): DbTable {
  const sql = db.prepare<[string], string>('SELECT sql FROM sqlite_schema WHERE name = ?').pluck().get(row.name) ?? '';
  const columns = db.prepare<[string], XInfoRow>('SELECT name, type, "notnull", dflt_value, pk, hidden FROM pragma_table_xinfo(?)').all(row.name)
    .filter((column) => column.hidden !== 1)
    .map<DbColumn>((column) => ({
      name: column.name,
      type: column.type,
      notNull: column.notnull === 1,
      defaultValue: column.dflt_value,
      primaryKey: column.pk,
      generated: column.hidden === 2 || column.hidden === 3,
    }));
  const kind = row.type === 'view' ? 'view' : 'table';
  return {
    name: row.name,
    kind,
    sql,
    rowCount: null,
    key: kind === 'view' ? [] : rowKey(columns, row.wr === 1),
    withoutRowid: row.wr === 1,
    columns,
    foreignKeys: kind === 'view' ? [] : foreignKeys(db, row.name),
    indexes: kind === 'view' ? [] : indexes(db, row.name),
  };
}

/** The row id under a name no column shadows; else (and for WITHOUT ROWID tables) the primary key. */
function rowKey(columns: readonly DbColumn[], withoutRowid: boolean): string[] {
  const taken = new Set(columns.map((column) => column.name.toLowerCase()));
  const alias = withoutRowid ? undefined : ROWID_ALIASES.find((name) => !taken.has(name));
  if (alias) return [alias];
  return columns.filter((column) => column.primaryKey > 0).sort((a, b) => a.primaryKey - b.primaryKey).map((column) => column.name);
}

function foreignKeys(db: Database, table: string): DbForeignKey[] {
  const rows = db.prepare<[string], ForeignKeyRow>('SELECT id, seq, "table", "from", "to", on_update, on_delete FROM pragma_foreign_key_list(?) ORDER BY id, seq').all(table);
  const byId = new Map<number, DbForeignKey>();
  for (const row of rows) {
    let key = byId.get(row.id);
    if (!key) {
      key = { columns: [], table: row.table, to: [], onUpdate: row.on_update, onDelete: row.on_delete };
      byId.set(row.id, key);
    }
    key.columns.push(row.from);
    if (row.to !== null) key.to.push(row.to);
  }
  return [...byId.values()];
}

function indexes(db: Database, table: string): DbIndex[] {
  const columnsOf = db.prepare<[string], string | null>('SELECT name FROM pragma_index_info(?) ORDER BY seqno').pluck();
  return db.prepare<[string], IndexListRow>('SELECT name, "unique", origin, partial FROM pragma_index_list(?) ORDER BY name').all(table)
    .map((index) => ({
      name: index.name,
      unique: index.unique === 1,
      origin: index.origin,
      // An expression in an index has no column name.
      columns: columnsOf.all(index.name).map((name) => name ?? '(expression)'),
      partial: index.partial === 1,
    }));
}
