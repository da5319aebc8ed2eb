/**
 * Table and column names come from the page, so they are never trusted: each is looked up in the
 * live schema first (an unknown name is a 404/400, not SQL), and only then quoted into a statement.
 */
import type { DbTable } from '../contract/workbench.js';
import { HttpError } from '../server/http/http-error.js';
import { quoteIdentifier } from '../sqlite/quote-identifier.js';

export function requireTable(table: DbTable | undefined, name: string): DbTable {
  if (!table) throw new HttpError(404, `The lesson database has no table "${name}".`);
  return table;
}

export function requireColumn(table: DbTable, name: string): string {
  if (!table.columns.some((column) => column.name === name)) {
    throw new HttpError(400, `Table "${table.name}" has no column "${name}".`);
  }
  return quoteIdentifier(name);
}

/** Paging, editing and deleting name rows by their key; a view (or a table whose rowid every alias shadows) has none. */
export function requireKeyedTable(table: DbTable): DbTable {
  if (table.key.length === 0) {
    const why = table.kind === 'view'
      ? 'it is a view: query it in the SQL console instead'
      : 'its columns named rowid, _rowid_ and oid hide the row id and it has no primary key to use instead';
    throw new HttpError(400, `Table "${table.name}" cannot be browsed or edited row by row: ${why}.`);
  }
  return table;
}
