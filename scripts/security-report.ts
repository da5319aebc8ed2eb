/**
 * `npm run security:report`: runs every attack in test/fixtures/sandbox/attacks.ts against a real
 * sandbox at each isolation level this machine has, and prints what happened as a table.
 *
 * Levels: bubblewrap (what the app uses where it can), the permission model alone (the fallback),
 * and bubblewrap with every Node-level layer switched off, to show what the operating system
 * holds by itself should code get past the guards. A level this machine cannot run is listed
 * with the reason. Exits non-zero when an attack's outcome differs from what the README promises.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectIsolation } from '../src-main/sandbox/isolation.js';
import { Sandbox } from '../src-main/sandbox/sandbox.js';
import { attacks, openAttackGrounds, runAttack, type AttackLevel, type Verdict } from '../test/fixtures/sandbox/attacks.js';

const isolation = await detectIsolation();
const levels: { level: AttackLevel; sandbox?: Sandbox; unavailable?: string }[] = [
  isolation.level === 'bubblewrap'
    ? { level: 'bubblewrap', sandbox: new Sandbox(isolation) }
    : { level: 'bubblewrap', unavailable: isolation.reason },
  { level: 'permission-model', sandbox: new Sandbox() },
  isolation.level === 'bubblewrap'
    ? { level: 'bubblewrap-alone', sandbox: new Sandbox(isolation, { nodeLayers: false }) }
    : { level: 'bubblewrap-alone', unavailable: isolation.reason },
];

const root = await mkdtemp(join(tmpdir(), 'security-report-'));
const grounds = await openAttackGrounds(root);
const rows: { title: string; cells: (Verdict | undefined)[]; surprises: string[] }[] = [];
try {
  for (const attack of attacks) {
    const cells: (Verdict | undefined)[] = [];
    const surprises: string[] = [];
    for (const { level, sandbox } of levels) {
      const verdict = sandbox ? await runAttack(sandbox, level, attack, grounds) : undefined;
      cells.push(verdict);
      if (verdict && verdict.outcome !== attack.expected[level]) surprises.push(`${level}: expected ${attack.expected[level]}`);
      process.stderr.write('.');
    }
    rows.push({ title: attack.title, cells, surprises });
  }
} finally {
  await Promise.all(levels.map(({ sandbox }) => sandbox?.stopAll()));
  await grounds.close();
  await rm(root, { recursive: true, force: true });
}
process.stderr.write('\n');

const header = ['attack', ...levels.map(({ level }) => level)];
const table = rows.map(({ title, cells }) => [title, ...cells.map((cell) => (cell ? `${cell.outcome} — ${cell.how}` : 'not run'))]);
const widths = header.map((_, column) => Math.max(...[header, ...table].map((row) => row[column]!.length)));
const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
for (const row of table) console.log(line(row));
console.log();
console.log(`This machine: ${isolation.level === 'bubblewrap' ? 'bubblewrap works' : `permission model only (${isolation.reason})`}.`);
for (const { level, unavailable } of levels) if (unavailable) console.log(`${level} not run: ${unavailable}.`);
console.log('bubblewrap-alone = bubblewrap with the permission model and the signal/SQLite guards switched off.');

const surprising = rows.filter((row) => row.surprises.length > 0);
for (const row of surprising) console.log(`UNEXPECTED: ${row.title} (${row.surprises.join('; ')})`);
process.exitCode = surprising.length > 0 ? 1 : 0;
