/**
 * `npm run bench:inspector`: how long the page waits for a 100-row page of a million-row table,
 * through the backend's HTTP API, at the start, at row 500k and at row 900k — by rowid and sorted
 * by an indexed column — against the same page fetched with OFFSET in the same run (SQLite alone,
 * which flatters OFFSET: no HTTP on its side).
 *
 *   npm run bench:inspector -- [samples=60]
 */
import Database from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBackend } from '../src-main/server/backend.js';
import { encodeCursor } from '../src-main/workbench/keyset.js';
import { buildMillionRowDatabase, MILLION } from '../test/support/million-rows.js';
import { ms, summary } from './stats.js';

const LESSON_ID = 'crud/01-first-endpoints';
const PAGE = 100;
const GOAL_MS = 20;
const samples = Math.max(20, Number(process.argv[2] ?? 60));
const projectRoot = join(import.meta.dirname, '..');

const dataDir = await mkdtemp(join(tmpdir(), 'bench-inspector-'));
const backend = await startBackend({
  dataDir,
  lessonsDir: join(projectRoot, 'lessons'),
  rendererDir: join(projectRoot, 'dist', 'renderer'),
  runtimeModulesDir: join(projectRoot, 'node_modules'),
  log: () => undefined,
});
const lesson = backend.services.catalog.find(LESSON_ID);
if (!lesson) throw new Error(`${LESSON_ID} is missing`);
const databasePath = backend.services.workspaces.databasePathFor(lesson);
const building = performance.now();
buildMillionRowDatabase(databasePath, lesson.seedSql);
console.log(`built ${MILLION.toLocaleString('en')} rows with an index in ${ms(performance.now() - building)}`);

const headers = { authorization: `Bearer ${backend.token}`, 'content-type': 'application/json' };

/** End to end, and the page's own time inside the backend (its `durationMs`). */
async function pageOverHttp(body: unknown): Promise<{ total: number; inside: number }> {
  const started = performance.now();
  const res = await fetch(`${backend.url}api/lessons/${LESSON_ID}/database/tables/big/page`, { method: 'POST', headers, body: JSON.stringify(body) });
  const page = (await res.json()) as { rows: unknown[]; durationMs: number };
  if (res.status !== 200 || page.rows.length !== PAGE) throw new Error(`unexpected answer ${res.status}: ${JSON.stringify(page).slice(0, 200)}`);
  return { total: performance.now() - started, inside: page.durationMs };
}

/** The floor: the same round trip to the smallest API route, which touches no lesson database. */
async function floorOverHttp(): Promise<number> {
  const started = performance.now();
  await (await fetch(`${backend.url}api/progress`, { headers })).json();
  return performance.now() - started;
}

/** The cursor a learner would hold after paging to `depth`: the row just before it, by the same order. */
function cursorAt(db: Database.Database, depth: number, sorted: boolean): string | undefined {
  if (depth === 0) return undefined;
  const order = sorted ? 'n DESC, rowid DESC' : 'rowid';
  const [id, n] = db.prepare(`SELECT id, n FROM big ORDER BY ${order} LIMIT 1 OFFSET ${depth - 1}`).raw().get() as [number, number | null];
  return encodeCursor(sorted ? { key: [id], sortValue: n } : { key: [id] });
}

const reader = new Database(databasePath, { readonly: true });
const rows: Record<string, Record<string, string>> = {};
const verdicts: boolean[] = [];
for (const sorted of [false, true]) {
  for (const depth of [0, 500_000, 900_000]) {
    const after = cursorAt(reader, depth, sorted);
    const body = { limit: PAGE, ...(sorted ? { sort: { column: 'n', direction: 'desc' } } : {}), ...(after ? { after } : {}) };
    const offsetSql = `SELECT * FROM big ORDER BY ${sorted ? 'n DESC, rowid DESC' : 'rowid'} LIMIT ${PAGE} OFFSET ${depth}`;
    const offsetStatement = reader.prepare(offsetSql);
    for (let i = 0; i < 5; i++) await pageOverHttp(body); // warm-up
    const keyset: number[] = [];
    const inside: number[] = [];
    const offset: number[] = [];
    const floor: number[] = [];
    // Interleaved, so all three see the same machine noise.
    for (let i = 0; i < samples; i++) {
      const timed = await pageOverHttp(body);
      keyset.push(timed.total);
      inside.push(timed.inside);
      floor.push(await floorOverHttp());
      const started = performance.now();
      offsetStatement.all();
      offset.push(performance.now() - started);
    }
    const k = summary(keyset);
    const o = summary(offset);
    verdicts.push(k.p50 <= GOAL_MS && k.p95 <= GOAL_MS);
    rows[`${sorted ? 'sorted by n desc' : 'by rowid'}, row ${depth.toLocaleString('en')}`] = {
      'keyset via API p50': ms(k.p50),
      'p95': ms(k.p95),
      'page inside backend p50': ms(summary(inside).p50),
      'floor: trivial API call p50': ms(summary(floor).p50),
      'OFFSET in SQLite p50': ms(o.p50),
      'OFFSET / keyset (p50)': `${(o.p50 / k.p50).toFixed(1)}×`,
    };
  }
}
reader.close();

console.log(`inspector: ${samples} samples per row, a ${PAGE}-row page of a ${MILLION.toLocaleString('en')}-row table, end to end through the backend's HTTP API`);
console.table(rows);
console.log(`goal p50 and p95 ≤ ${GOAL_MS} ms at every depth: ${verdicts.every(Boolean) ? 'met' : 'not met'}`);
await backend.close();
await rm(dataDir, { recursive: true, force: true });
