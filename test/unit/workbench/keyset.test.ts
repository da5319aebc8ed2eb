/**
 * Keyset pages must list exactly the rows ORDER BY lists, in the same order, whatever the sort:
 * walked page by page over a table full of NULLs, duplicates and mixed types, against a plain query.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { toDbValue } from '../../../src-main/workbench/db-values.js';
import { afterSegments, decodeCursor, encodeCursor, orderByClause, type KeysetOrder } from '../../../src-main/workbench/keyset.js';

function tableWithAwkwardValues(): Database.Database {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE t (v, w TEXT COLLATE NOCASE)');
  const insert = db.prepare('INSERT INTO t (v, w) VALUES (?, ?)');
  const values = [null, 1, 2, 2, 'b', 'a', null, 1.5, Buffer.from([1]), 2, null, 'B', ''];
  values.forEach((value, i) => insert.run(value, i % 3 === 0 ? null : ['x', 'X', 'y'][i % 3]));
  return db;
}

/** Pages as table-page.ts reads them: the segments after the cursor, in turn, until the page is full. */
function walk(db: Database.Database, order: KeysetOrder, pageSize: number): number[] {
  const seen: number[] = [];
  let cursor: string | undefined;
  for (;;) {
    const segments = cursor === undefined ? [undefined] : afterSegments(order, decodeCursor(cursor, order));
    const rows: unknown[][] = [];
    for (const segment of segments) {
      if (rows.length >= pageSize) break;
      const sql = `SELECT rowid, ${order.sortColumn ?? 'rowid'} FROM t ${segment ? `WHERE ${segment.sql}` : ''} ORDER BY ${orderByClause(order)} LIMIT ${pageSize - rows.length}`;
      rows.push(...(db.prepare(sql).raw(true).safeIntegers(true).all(...(segment?.params ?? [])) as unknown[][]));
    }
    seen.push(...rows.map((row) => Number(row[0])));
    if (rows.length < pageSize) return seen;
    const last = rows.at(-1)!;
    cursor = encodeCursor({ key: [toDbValue(last[0])], ...(order.sortColumn ? { sortValue: toDbValue(last[1]) } : {}) });
  }
}

describe('keyset pagination', () => {
  for (const sortColumn of [undefined, 'v', 'w']) {
    for (const direction of ['asc', 'desc'] as const) {
      it(`matches ORDER BY for sort ${sortColumn ?? 'rowid'} ${direction}`, () => {
        const db = tableWithAwkwardValues();
        const order: KeysetOrder = { keyColumns: ['rowid'], direction, ...(sortColumn ? { sortColumn } : {}) };
        const expected = db.prepare(`SELECT rowid FROM t ORDER BY ${orderByClause(order)}`).pluck().all();
        for (const pageSize of [1, 2, 5]) expect(walk(db, order, pageSize)).toEqual(expected);
        db.close();
      });
    }
  }

  it('refuses a cursor from another sort, and one that is not a cursor', () => {
    const byKey: KeysetOrder = { keyColumns: ['rowid'], direction: 'asc' };
    const bySort: KeysetOrder = { ...byKey, sortColumn: 'v' };
    expect(() => decodeCursor(encodeCursor({ key: [1] }), bySort)).toThrow(/another sort/);
    expect(() => decodeCursor('not base64 json!', byKey)).toThrow(/not valid/);
    expect(decodeCursor(encodeCursor({ key: [1], sortValue: null }), bySort)).toEqual({ key: [1], sortValue: null });
  });
});
