/**
 * Every inspector operation through the real API on the first lesson's real SQLite file: schema,
 * pages, cells, edits, the console, exports, and the names that try to break out of their quotes.
 */
import { describe, expect, it } from 'vitest';
import type {
  DbCellResponse,
  DbDeleteResponse,
  DbPage,
  DbRowResponse,
  DbSchema,
  SqlHistoryResponse,
  SqlRunResult,
} from '../../../src-main/contract/workbench.js';
import { useBackend } from '../../support/backend.js';
import { useTempDir } from '../../support/temp-dir.js';
import { lessonApi, withDatabase, type LessonApi } from './lesson-api.js';

const tempDir = useTempDir();
const startBackend = useBackend();

async function start(): Promise<LessonApi> {
  return lessonApi(await startBackend(tempDir()));
}

const SCHEMA = `
  CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
  CREATE TABLE books (
    id INTEGER PRIMARY KEY,
    author_id INTEGER NOT NULL REFERENCES authors (id) ON DELETE CASCADE,
    title TEXT NOT NULL DEFAULT 'untitled',
    note TEXT,
    cover BLOB,
    title_length INTEGER GENERATED ALWAYS AS (length(title)) VIRTUAL
  );
  CREATE INDEX books_by_author ON books (author_id, title);
  CREATE TABLE tags (book_id INTEGER, tag TEXT, PRIMARY KEY (book_id, tag)) WITHOUT ROWID;
  CREATE TABLE "we""ird; table" ("a""b" TEXT);
  CREATE VIEW long_titles AS SELECT * FROM books WHERE length(title) > 5;
  INSERT INTO authors (name) VALUES ('Ann'), ('Bo');
  INSERT INTO books (author_id, title, note, cover) VALUES
    (1, 'Alpha', NULL, NULL), (1, 'Beta', '', x'00ff'), (2, 'Gamma', 'long', NULL), (2, 'Delta', NULL, NULL);
  INSERT INTO tags VALUES (1, 'new'), (1, 'old'), (3, 'new');
  INSERT INTO "we""ird; table" VALUES ('q"uote');
`;

async function withLibrary(): Promise<LessonApi> {
  const api = await start();
  withDatabase(await api.databasePath(), (db) => db.exec(SCHEMA));
  return api;
}

describe('database inspector: schema', () => {
  it('lists tables with row counts, columns, keys, foreign keys and indexes', async () => {
    const api = await withLibrary();
    const { tables } = await api.json<DbSchema>('GET', 'database/schema', undefined);
    expect(tables.map((table) => table.name)).toEqual(['authors', 'books', 'tags', 'todos', 'we"ird; table', 'long_titles']);
    const books = tables.find((table) => table.name === 'books')!;
    expect(books).toMatchObject({ kind: 'table', rowCount: 4, key: ['rowid'], withoutRowid: false });
    expect(books.columns.find((column) => column.name === 'title')).toEqual({
      name: 'title', type: 'TEXT', notNull: true, defaultValue: "'untitled'", primaryKey: 0, generated: false,
    });
    expect(books.columns.find((column) => column.name === 'title_length')?.generated).toBe(true);
    expect(books.foreignKeys).toEqual([{ columns: ['author_id'], table: 'authors', to: ['id'], onUpdate: 'NO ACTION', onDelete: 'CASCADE' }]);
    expect(books.indexes).toContainEqual({ name: 'books_by_author', unique: false, origin: 'c', columns: ['author_id', 'title'], partial: false });
    const authors = tables.find((table) => table.name === 'authors')!;
    expect(authors.indexes.some((index) => index.unique && index.origin === 'u' && index.columns[0] === 'name')).toBe(true);
    expect(tables.find((table) => table.name === 'tags')).toMatchObject({ withoutRowid: true, key: ['book_id', 'tag'], rowCount: 3 });
    expect(tables.find((table) => table.name === 'long_titles')).toMatchObject({ kind: 'view', rowCount: null, key: [] });
  });
});

describe('database inspector: pages', () => {
  it('keeps NULL apart from the empty string, and blobs as base64', async () => {
    const api = await withLibrary();
    const page = await api.json<DbPage>('POST', 'database/tables/books/page', {});
    expect(page.columns).toEqual(['id', 'author_id', 'title', 'note', 'cover', 'title_length']);
    expect(page.rows.map((row) => row.values[3])).toEqual([null, '', 'long', null]);
    expect(page.rows[1]!.values[4]).toEqual({ type: 'blob', base64: 'AP8=', size: 2 });
    expect(page.nextCursor).toBeUndefined();
  });

  it('sorts by any column both ways and filters with parameters', async () => {
    const api = await withLibrary();
    const titles = async (body: unknown) =>
      (await api.json<DbPage>('POST', 'database/tables/books/page', body)).rows.map((row) => row.values[2]);
    expect(await titles({ sort: { column: 'title', direction: 'desc' } })).toEqual(['Gamma', 'Delta', 'Beta', 'Alpha']);
    expect(await titles({ sort: { column: 'note', direction: 'asc' } })).toEqual(['Alpha', 'Delta', 'Beta', 'Gamma']);
    expect(await titles({ filters: [{ column: 'note', op: 'is-null' }] })).toEqual(['Alpha', 'Delta']);
    expect(await titles({ filters: [{ column: 'note', op: '=', value: '' }] })).toEqual(['Beta']);
    expect(await titles({ filters: [{ column: 'author_id', op: '=', value: 2 }, { column: 'title', op: 'contains', value: 'elt' }] })).toEqual(['Delta']);
    expect(await titles({ filters: [{ column: 'title', op: 'contains', value: '%' }] })).toEqual([]);
    expect(await titles({ filters: [{ column: 'id', op: '>=', value: 3 }] })).toEqual(['Gamma', 'Delta']);
  });

  it('pages by cursor through every row exactly once, also by the primary key of a WITHOUT ROWID table', async () => {
    const api = await withLibrary();
    const seen: unknown[] = [];
    let after: string | undefined;
    do {
      const page: DbPage = await api.json('POST', 'database/tables/books/page', { limit: 3, sort: { column: 'note', direction: 'desc' }, ...(after ? { after } : {}) });
      seen.push(...page.rows.map((row) => row.values[2]));
      after = page.nextCursor;
    } while (after);
    // 'long' > '' > NULL; descending, the two NULL notes come last, by rowid descending too.
    expect(seen).toEqual(['Gamma', 'Beta', 'Delta', 'Alpha']);

    const first = await api.json<DbPage>('POST', 'database/tables/tags/page', { limit: 2 });
    expect(first.rows.map((row) => row.key)).toEqual([[1, 'new'], [1, 'old']]);
    const second = await api.json<DbPage>('POST', 'database/tables/tags/page', { limit: 2, after: first.nextCursor });
    expect(second.rows.map((row) => row.key)).toEqual([[3, 'new']]);
  });

  it('cuts long text in a page and gives the whole value from the cell route', async () => {
    const api = await withLibrary();
    const long = 'é'.repeat(5000);
    withDatabase(await api.databasePath(), (db) => db.prepare('UPDATE books SET note = ? WHERE id = 1').run(long));
    const page = await api.json<DbPage>('POST', 'database/tables/books/page', { limit: 1 });
    expect(page.rows[0]!.values[3]).toEqual({ type: 'truncated', of: 'text', preview: 'é'.repeat(200), size: 5000 });
    const cell = await api.json<DbCellResponse>('POST', 'database/tables/books/cell', { key: page.rows[0]!.key, column: 'note' });
    expect(cell.value).toBe(long);
  });

  it('refuses views and names that are not in the schema, whatever they contain', async () => {
    const api = await withLibrary();
    const drop = encodeURIComponent('books"; DROP TABLE books; --');
    expect((await api.call('POST', `database/tables/${drop}/page`, {})).status).toBe(404);
    const sortInjection = await api.call('POST', 'database/tables/books/page', { sort: { column: 'title" DESC; DROP TABLE books; --', direction: 'asc' } });
    expect(sortInjection.status).toBe(400);
    expect(((await sortInjection.json()) as { error: string }).error).toMatch(/has no column/);
    expect((await api.call('POST', 'database/tables/books/page', { filters: [{ column: '1=1 OR title', op: '=', value: 1 }] })).status).toBe(400);
    expect((await api.call('POST', 'database/tables/long_titles/page', {})).status).toBe(400);
    expect((await api.call('POST', 'database/tables/books/page', { after: 'garbage' })).status).toBe(400);
    // A real table whose name and column are full of quotes and semicolons works, quoted.
    const weird = await api.json<DbPage>('POST', `database/tables/${encodeURIComponent('we"ird; table')}/page`, { sort: { column: 'a"b', direction: 'asc' } });
    expect(weird.rows[0]!.values).toEqual(['q"uote']);
    const { tables } = await api.json<DbSchema>('GET', 'database/schema', undefined);
    expect(tables.find((table) => table.name === 'books')?.rowCount).toBe(4);
  });
});

describe('database inspector: edits', () => {
  it('edits a cell, inserts a row and deletes rows, reporting what changed', async () => {
    const api = await withLibrary();
    const edited = await api.json<DbRowResponse>('PATCH', 'database/tables/books/rows', { key: [2], column: 'note', value: null });
    expect(edited.row.values[3]).toBeNull();
    expect(edited.changes.tables[0]).toMatchObject({ table: 'books', updated: 1, rows: [{ key: [2], before: [2, 1, 'Beta', '', expect.anything(), 4], after: [2, 1, 'Beta', null, expect.anything(), 4] }] });

    const inserted = await api.json<DbRowResponse>('POST', 'database/tables/books/rows', { values: { author_id: 2, cover: { type: 'blob', base64: 'AQID' } } }, 201);
    expect(inserted.row.values).toEqual([5, 2, 'untitled', null, { type: 'blob', base64: 'AQID', size: 3 }, 8]);

    const deleted = await api.json<DbDeleteResponse>('POST', 'database/tables/authors/rows/delete', { keys: [[1]] });
    expect(deleted.deleted).toBe(1);
    // The cascade shows up too: deleting an author took their books with them.
    expect(deleted.changes.tables.find((table) => table.table === 'books')?.deleted).toBe(2);
  });

  it('edits WITHOUT ROWID tables by primary key, and follows an edited key', async () => {
    const api = await withLibrary();
    const edited = await api.json<DbRowResponse>('PATCH', 'database/tables/tags/rows', { key: [1, 'old'], column: 'tag', value: 'older' });
    expect(edited.row.key).toEqual([1, 'older']);
    const deleted = await api.json<DbDeleteResponse>('POST', 'database/tables/tags/rows/delete', { keys: [[1, 'new'], [3, 'new']] });
    expect(deleted.deleted).toBe(2);
    expect((await api.call('PATCH', 'database/tables/tags/rows', { key: [1], column: 'tag', value: 'x' })).status).toBe(400);
  });

  it('answers constraint failures, generated columns and missing rows clearly, changing nothing', async () => {
    const api = await withLibrary();
    const unique = await api.call('PATCH', 'database/tables/authors/rows', { key: [2], column: 'name', value: 'Ann' });
    expect(unique.status).toBe(409);
    expect(((await unique.json()) as { error: string }).error).toMatch(/UNIQUE/);
    expect((await api.call('POST', 'database/tables/books/rows', { values: { title: null, author_id: 1 } })).status).toBe(409);
    expect((await api.call('PATCH', 'database/tables/books/rows', { key: [1], column: 'title_length', value: 3 })).status).toBe(400);
    expect((await api.call('PATCH', 'database/tables/books/rows', { key: [99], column: 'title', value: 'x' })).status).toBe(404);
    expect((await api.call('PATCH', 'database/tables/books/rows', { key: [1], column: 'title; DROP TABLE books', value: 'x' })).status).toBe(400);
    const page = await api.json<DbPage>('POST', 'database/tables/authors/page', {});
    expect(page.rows.map((row) => row.values[1])).toEqual(['Ann', 'Bo']);
  });
});

describe('database inspector: SQL console', () => {
  it('runs several statements and returns each one\'s rows, changes and plan', async () => {
    const api = await withLibrary();
    const run = await api.json<SqlRunResult>('POST', 'database/sql', {
      sql: "INSERT INTO authors (name) VALUES ('Cy');\nSELECT id, name FROM authors ORDER BY id;\nEXPLAIN QUERY PLAN SELECT * FROM books WHERE author_id = 1",
    });
    expect(run.ok).toBe(true);
    expect(run.statements[0]).toMatchObject({ changes: 1, lastInsertRowid: 3 });
    expect(run.statements[1]).toMatchObject({ columns: ['id', 'name'], rows: [[1, 'Ann'], [2, 'Bo'], [3, 'Cy']], truncated: false });
    expect(run.statements[2]!.plan?.[0]?.detail).toMatch(/SEARCH books USING .*INDEX books_by_author/);
    expect(run.changes.tables).toMatchObject([{ table: 'authors', inserted: 1, rows: [{ key: [3], after: [3, 'Cy'] }] }]);
  });

  it('points at the error, and a failed run changes nothing', async () => {
    const api = await withLibrary();
    const run = await api.json<SqlRunResult>('POST', 'database/sql', { sql: "DELETE FROM books;\n  SELECT * FORM authors;" });
    expect(run.ok).toBe(false);
    expect(run.error).toMatchObject({ statementIndex: 1, line: 2, column: 12, code: 'SQLITE_ERROR' });
    expect(run.error?.message).toMatch(/near "FORM"/);
    expect(run.changes.tables).toEqual([]);
    const constraint = await api.json<SqlRunResult>('POST', 'database/sql', { sql: "UPDATE books SET title = 'x'; INSERT INTO authors (name) VALUES ('Ann')" });
    expect(constraint.error).toMatchObject({ statementIndex: 1, code: 'SQLITE_CONSTRAINT_UNIQUE' });
    const count = await api.json<SqlRunResult>('POST', 'database/sql', { sql: "SELECT count(*) FROM books WHERE title <> 'x'" });
    expect(count.statements[0]!.rows).toEqual([[4]]);
  });

  it('cuts a large result at the row cap without reading it all', async () => {
    const api = await withLibrary();
    const run = await api.json<SqlRunResult>('POST', 'database/sql', {
      sql: 'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i FROM n',
      maxRows: 50,
    });
    expect(run.statements[0]).toMatchObject({ truncated: true });
    expect(run.statements[0]!.rows).toHaveLength(50);
  });

  it('refuses ATTACH and transaction statements, and keeps a history', async () => {
    const api = await withLibrary();
    const attach = await api.json<SqlRunResult>('POST', 'database/sql', { sql: "SELECT 1; ATTACH 'elsewhere.db' AS other" });
    expect(attach).toMatchObject({ ok: false, error: { statementIndex: 1 }, statements: [] });
    expect(attach.error?.message).toMatch(/lesson database only/);
    const begin = await api.json<SqlRunResult>('POST', 'database/sql', { sql: 'BEGIN; SELECT 1; COMMIT' });
    expect(begin.error?.message).toMatch(/one transaction/);
    const { entries } = await api.json<SqlHistoryResponse>('GET', 'database/sql/history', undefined);
    expect(entries.map((entry) => entry.ok)).toEqual([false, false]);
    expect(entries[1]!.sql).toMatch(/ATTACH/);
  });
});

describe('database inspector: exports', () => {
  it('exports a table as CSV and JSON, and a query result', async () => {
    const api = await withLibrary();
    withDatabase(await api.databasePath(), (db) => db.prepare('UPDATE books SET note = ? WHERE id = 3').run('say "hi", then\nleave'));
    const csv = await api.call('GET', 'database/tables/books/export?format=csv');
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="books.csv"');
    const text = await csv.text();
    expect(text.split('\r\n').slice(0, 4)).toEqual([
      'id,author_id,title,note,cover,title_length',
      '1,1,Alpha,,,5',
      '2,1,Beta,"",AP8=,4',
      '3,2,Gamma,"say ""hi"", then\nleave",,5',
    ]);
    const json = (await (await api.call('GET', 'database/tables/books/export?format=json')).json()) as Record<string, unknown>[];
    expect(json[1]).toMatchObject({ note: '', cover: { type: 'blob', base64: 'AP8=', size: 2 } });
    expect(json[0]!.note).toBeNull();
    const query = await api.call('POST', 'database/sql/export', { sql: 'SELECT name FROM authors ORDER BY name DESC', format: 'csv' });
    expect(await query.text()).toBe('name\r\nBo\r\nAnn\r\n');
    expect((await api.call('POST', 'database/sql/export', { sql: 'DELETE FROM authors', format: 'csv' })).status).toBe(400);
    expect((await api.call('GET', 'database/tables/books/export?format=xml')).status).toBe(400);
  });
});
