/**
 * A million-row table: a page deep in it costs what the first page costs (keyset, never OFFSET),
 * and what-changed skips it with a notice instead of copying it after every request.
 */
import { describe, expect, it } from 'vitest';
import type { DbPage, DbSchema, SqlRunResult } from '../../../src-main/contract/workbench.js';
import { encodeCursor } from '../../../src-main/workbench/keyset.js';
import { useBackend } from '../../support/backend.js';
import { useTempDir } from '../../support/temp-dir.js';
import { buildMillionRowDatabase, MILLION } from '../../support/million-rows.js';
import { LESSON, lessonApi, withDatabase } from './lesson-api.js';

const tempDir = useTempDir();
const startBackend = useBackend();

describe('a million-row table', () => {
  it('pages at any depth by keyset, in the order OFFSET would give, fast', async () => {
    const backend = await startBackend(tempDir());
    const api = lessonApi(backend);
    const lesson = backend.services.catalog.find(LESSON)!;
    const path = backend.services.workspaces.databasePathFor(lesson);
    buildMillionRowDatabase(path, lesson.seedSql);

    const { tables } = await api.json<DbSchema>('GET', 'database/schema', undefined);
    expect(tables.find((table) => table.name === 'big')?.rowCount).toBe(MILLION);

    const timed = async (body: unknown) => {
      const started = performance.now();
      const page = await api.json<DbPage>('POST', 'database/tables/big/page', body);
      return { page, ms: performance.now() - started };
    };
    const deep = await timed({ limit: 100, after: encodeCursor({ key: [900_000] }) });
    expect(deep.page.rows.map((row) => row.key[0])).toEqual(Array.from({ length: 100 }, (_, i) => 900_001 + i));
    expect(deep.page.nextCursor).toBeDefined();

    // Sorted by an indexed column, descending, NULLs last: walk two pages from deep inside and compare with OFFSET.
    const sort = { column: 'n', direction: 'desc' } as const;
    const offsetRows = withDatabase(path, (db) =>
      db.prepare('SELECT id FROM big ORDER BY n DESC, rowid DESC LIMIT 200 OFFSET 500000').pluck().all() as number[]);
    const anchor = withDatabase(path, (db) =>
      db.prepare('SELECT id, n FROM big ORDER BY n DESC, rowid DESC LIMIT 1 OFFSET 499999').raw().get() as [number, number]);
    const first = await timed({ limit: 100, sort, after: encodeCursor({ key: [anchor[0]], sortValue: anchor[1] }) });
    const second = await timed({ limit: 100, sort, after: first.page.nextCursor });
    expect([...first.page.rows, ...second.page.rows].map((row) => row.key[0])).toEqual(offsetRows);

    // A coarse guard only (HTTP on a shared, busy machine): the benchmark measures the real figures,
    // and table-page-plan.test.ts proves every page statement is an index seek.
    for (const ms of [deep.ms, first.ms, second.ms]) expect(ms).toBeLessThan(500);

    const write = await api.json<SqlRunResult>('POST', 'database/sql', { sql: "UPDATE big SET name = 'changed' WHERE id = 5" });
    expect(write.statements[0]!.changes).toBe(1);
    expect(write.changes.skipped).toEqual([expect.objectContaining({ table: 'big', rowCount: MILLION })]);
  }, 30_000);
});
