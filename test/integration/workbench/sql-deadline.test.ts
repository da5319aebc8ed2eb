/**
 * A runaway console statement does all its work inside one native call, which nothing in the
 * backend's own process can interrupt. The console runs in a child process with a deadline:
 * the backend keeps answering while it runs, and a killed run leaves the real file unchanged.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { DbSchema, SqlRunResult } from '../../../src-main/contract/workbench.js';
import { projectRoot, useBackend } from '../../support/backend.js';
import { isRunning, waitUntilGone } from '../../support/process-state.js';
import { useTempDir } from '../../support/temp-dir.js';
import { lessonApi, withDatabase } from './lesson-api.js';

const tempDir = useTempDir();
const startBackend = useBackend();

/** Covers the runner's start too: from source, through tsx, that alone is ~0.4 s. */
const DEADLINE_MS = 1500;
/** Bounded so that, were the kill to fail, the test fails in ~10 s rather than hanging. */
const numbers = (count: number) => `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${count}) SELECT i FROM n`;
const RUNAWAY_READ = `SELECT count(*) FROM (${numbers(30_000_000)})`;
const RUNAWAY_WRITE = `INSERT INTO bulk (v) ${numbers(20_000_000)}`;

async function start() {
  const api = lessonApi(await startBackend(tempDir(), undefined, { sqlDeadlineMs: DEADLINE_MS }));
  const path = await api.databasePath();
  withDatabase(path, (db) => db.exec(`CREATE TABLE bulk (id INTEGER PRIMARY KEY, v INTEGER); INSERT INTO bulk (v) VALUES (1), (2), (3);`));
  return { api, path };
}

const timed = async <T>(work: () => Promise<T>) => {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
};

describe('SQL console deadline', () => {
  it('stops a runaway query after the deadline while the backend keeps answering', async () => {
    const { api } = await start();
    const running = timed(() => api.json<SqlRunResult>('POST', 'database/sql', { sql: `SELECT 1;\n${RUNAWAY_READ}` }));
    await new Promise((resolve) => setTimeout(resolve, DEADLINE_MS / 2)); // the runner has started and is counting
    const schema = await timed(() => api.json<DbSchema>('GET', 'database/schema', undefined));
    expect(schema.ms).toBeLessThan(DEADLINE_MS / 4);
    expect(schema.result.tables.map((table) => table.name)).toContain('bulk');

    const { result, ms } = await running;
    expect(ms).toBeGreaterThanOrEqual(DEADLINE_MS);
    expect(ms).toBeLessThan(DEADLINE_MS + 1500);
    expect(result).toMatchObject({ ok: false, statements: [], changes: { tables: [] } });
    expect(result.error).toMatchObject({ statementIndex: 0, line: 1, column: 1 });
    expect(result.error?.message).toBe('The query ran for more than 1.5 s and was stopped; nothing was changed.');
  });

  it('stops a runaway export, of a query or of a view, after the deadline while the backend keeps answering', async () => {
    const { api, path } = await start();
    withDatabase(path, (db) => db.exec(`CREATE VIEW endless AS ${RUNAWAY_READ}`));
    for (const exporting of [() => api.call('POST', 'database/sql/export', { sql: RUNAWAY_READ, format: 'csv' }), () => api.call('GET', 'database/tables/endless/export?format=json', undefined)]) {
      const running = timed(exporting);
      await new Promise((resolve) => setTimeout(resolve, DEADLINE_MS / 2));
      const schema = await timed(() => api.json<DbSchema>('GET', 'database/schema', undefined));
      expect(schema.ms).toBeLessThan(DEADLINE_MS / 4);
      const { result, ms } = await running;
      expect(ms).toBeGreaterThanOrEqual(DEADLINE_MS);
      expect(result.status).toBe(422);
      expect(((await result.json()) as { error: string }).error).toBe('The export ran for more than 1.5 s and was stopped.');
    }
  });

  it('leaves the database file (WAL) unchanged when a write is killed mid-way, and the next run works', async () => {
    const { api, path } = await start();
    expect(withDatabase(path, (db) => db.pragma('journal_mode', { simple: true }))).toBe('wal');
    const killed = await api.json<SqlRunResult>('POST', 'database/sql', { sql: `DELETE FROM bulk WHERE v = 1;\n${RUNAWAY_WRITE}` });
    expect(killed.ok).toBe(false);
    expect(killed.error?.message).toMatch(/was stopped; nothing was changed/);

    withDatabase(path, (db) => {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare('SELECT v FROM bulk ORDER BY id').pluck().all()).toEqual([1, 2, 3]);
    });
    const next = await api.json<SqlRunResult>('POST', 'database/sql', { sql: 'DELETE FROM bulk WHERE v = 1; SELECT count(*) FROM bulk' });
    expect(next).toMatchObject({ ok: true, changes: { tables: [{ table: 'bulk', deleted: 1 }] } });
    expect(next.statements[1]!.rows).toEqual([[2]]);
  });
});

describe('SQL console process', () => {
  it.runIf(process.platform === 'linux')('dies with the backend even while SQLite holds it', async () => {
    const path = join(tempDir(), 'lesson.db');
    withDatabase(path, (db) => db.pragma('journal_mode = WAL'));
    const parent = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'test', 'fixtures', 'workbench', 'sql-console-parent.ts'), path], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    onTestFinished(() => void parent.kill('SIGKILL'));
    const [line] = (await once(createInterface({ input: parent.stdout }), 'line')) as [string];
    const { runnerPid } = JSON.parse(line) as { runnerPid: number };
    onTestFinished(() => void (isRunning(runnerPid) && process.kill(runnerPid, 'SIGKILL')));
    await new Promise((resolve) => setTimeout(resolve, 1000)); // past the runner's start, inside the endless count
    expect(isRunning(runnerPid)).toBe(true);

    parent.kill('SIGKILL');
    await waitUntilGone(runnerPid, 1500);
  });
});
