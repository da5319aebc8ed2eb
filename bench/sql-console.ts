/**
 * `npm run bench:sql-console`: what a learner waits for `SELECT 1` in the SQL console, end to end
 * through POST …/database/sql of the built backend (dist/backend/main.mjs, as the app runs it),
 * beside the floor of a trivial API call. Run `npm run build` first.
 *
 *   npm run bench:sql-console -- [samples=30]
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { DATA_DIR_ENV } from '../src-main/server/data-dir.js';
import { parseReadyLine, type ReadyInfo } from '../src-main/server/ready-line.js';
import { ms, summary } from './stats.js';

const LESSON_ID = 'crud/01-first-endpoints';
const samples = Math.max(10, Number(process.argv[2] ?? 30));
const projectRoot = join(import.meta.dirname, '..');

const dataDir = await mkdtemp(join(tmpdir(), 'bench-sql-console-'));
const backend = spawn(process.execPath, [join(projectRoot, 'dist', 'backend', 'main.mjs')], {
  env: { ...process.env, [DATA_DIR_ENV]: dataDir },
  stdio: ['pipe', 'pipe', 'inherit'],
});
const ready = await new Promise<ReadyInfo>((resolve, reject) => {
  backend.once('exit', (code) => reject(new Error(`the backend exited (${code}) before it was ready`)));
  createInterface({ input: backend.stdout! }).on('line', (line) => {
    const info = parseReadyLine(line);
    if (info) resolve(info);
  });
});
const headers = { authorization: `Bearer ${ready.token}`, 'content-type': 'application/json' };
const base = `http://127.0.0.1:${ready.port}/api`;

async function timed(path: string, init: RequestInit = {}): Promise<number> {
  const started = performance.now();
  const res = await fetch(`${base}${path}`, { headers, ...init });
  await res.text();
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
  return performance.now() - started;
}

const selectOne = () => timed(`/lessons/${LESSON_ID}/database/sql`, { method: 'POST', body: JSON.stringify({ sql: 'SELECT 1' }) });
await timed(`/lessons/${LESSON_ID}/database/schema`); // seeds the lesson database
for (let i = 0; i < 3; i++) await selectOne(); // warm-up
const console_: number[] = [];
const floor: number[] = [];
for (let i = 0; i < samples; i++) {
  console_.push(await selectOne());
  floor.push(await timed('/progress'));
}
const s = summary(console_);
const f = summary(floor);
console.log(`SQL console: ${samples} samples of SELECT 1 through POST …/database/sql of the built backend`);
console.table({
  'SELECT 1 via console': { p50: ms(s.p50), p95: ms(s.p95), min: ms(s.min), max: ms(s.max) },
  'floor: GET /api/progress': { p50: ms(f.p50), p95: ms(f.p95), min: ms(f.min), max: ms(f.max) },
});
backend.stdin!.end(); // the backend shuts down when its stdin closes
await new Promise((resolve) => backend.once('exit', resolve));
await rm(dataDir, { recursive: true, force: true });
