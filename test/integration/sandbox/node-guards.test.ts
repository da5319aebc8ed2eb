// The SQLite and signal guards run in a real Node process, preloaded as in a learner's server,
// with the workspace as the working directory. Each case prints what happened; the permission
// model is off here, so every refusal seen is the guard's own.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../support/temp-dir.js';
import { runtimeModulesDir } from '../../fixtures/sandbox/workspace.js';

const guardPath = (name: string) => fileURLToPath(new URL(`../../../src-main/sandbox/${name}`, import.meta.url));
const tempDir = useTempDir('node-guards-');

/** Runs `cases` (name → code that returns or throws) and returns name → 'ok: …' or the error. */
async function runCases(guard: string, cases: Record<string, string>): Promise<{ results: Record<string, string>; outside: string }> {
  const root = tempDir();
  const workspace = join(root, 'workspace');
  await mkdir(workspace);
  const script = `
const Database = require('better-sqlite3');
const { cppdb } = require('better-sqlite3/lib/util.js');
const outside = ${JSON.stringify(root)};
const results = {};
for (const [name, run] of Object.entries({ ${Object.entries(cases)
    .map(([name, code]) => `${JSON.stringify(name)}: () => { ${code} }`)
    .join(',\n')} })) {
  try { results[name] = 'ok: ' + run(); } catch (error) { results[name] = error.name + ': ' + error.message; }
}
console.log(JSON.stringify(results));
`;
  const { stdout } = await promisify(execFile)(process.execPath, ['--require', guardPath(guard), '-e', script], {
    cwd: workspace,
    env: { NODE_PATH: runtimeModulesDir },
  });
  return { results: JSON.parse(stdout) as Record<string, string>, outside: root };
}

describe('SQLite guard', () => {
  it('refuses ATTACH and VACUUM INTO however they are written, and lets ordinary SQL through', async () => {
    const { results, outside } = await runCases('sqlite-guard.cjs', {
      attach: `new Database('lesson.db').exec("ATTACH DATABASE '" + outside + "/a.db' AS a"); return 'attached'`,
      hiddenAttach: `new Database('lesson.db').prepare("/* x */ aTtAcH/**/'" + outside + "/b.db' AS b").run(); return 'attached'`,
      vacuumInto: `new Database('lesson.db').exec("VACUUM INTO '" + outside + "/c.db'"); return 'copied'`,
      vacuumSchemaInto: `new Database('lesson.db').exec('VACUUM "main" -- to\\n INTO ' + "'" + outside + "/d.db'"); return 'copied'`,
      plainVacuum: `const db = new Database('lesson.db'); db.exec('VACUUM; CREATE TABLE t (x); INSERT INTO t VALUES (1)'); return db.prepare('SELECT count(*) AS n FROM t').get().n`,
      wordsOnly: `const db = new Database(':memory:'); db.exec('CREATE TABLE attachments ("attach" TEXT, [vacuum into] TEXT)'); return db.prepare("SELECT 'ATTACH x' AS said FROM attachments UNION SELECT 'VACUUM INTO y'").all().length`,
      pragma: `return new Database(':memory:').pragma('journal_mode', { simple: true })`,
    });
    expect(results.attach).toMatch(/^SandboxError: The sandbox does not allow ATTACH/);
    expect(results.hiddenAttach).toMatch(/^SandboxError: The sandbox does not allow ATTACH/);
    expect(results.vacuumInto).toMatch(/^SandboxError: The sandbox does not allow VACUUM INTO/);
    expect(results.vacuumSchemaInto).toMatch(/^SandboxError: The sandbox does not allow VACUUM INTO/);
    expect(results.plainVacuum).toBe('ok: 1');
    expect(results.wordsOnly).toBe('ok: 1');
    expect(results.pragma).toBe('ok: memory');
    for (const file of ['a.db', 'b.db', 'c.db', 'd.db']) expect(existsSync(join(outside, file)), file).toBe(false);
  });

  it('keeps database files and backups inside the workspace, through the API and through its internals', async () => {
    const { results, outside } = await runCases('sqlite-guard.cjs', {
      inside: `new Database('sub.db').close(); return 'opened'`,
      outside: `new Database(outside + '/x.db'); return 'opened'`,
      internals: `const Native = new Database(':memory:')[cppdb].constructor; new Native(outside + '/y.db', outside + '/y.db', true, false, false, 5000, null, null); return 'opened'`,
      backup: `new Database('lesson.db')[cppdb].backup(new Database('lesson.db'), 'main', outside + '/z.db', true); return 'backed up'`,
    });
    expect(results.inside).toBe('ok: opened');
    // better-sqlite3's own check reaches the guard first, as the directory exists: the guard's words.
    expect(results.outside).toMatch(/^SandboxError: The sandbox keeps SQLite inside your workspace: the database file ".*x\.db" is outside it\./);
    expect(results.internals).toMatch(/^SandboxError: .*the database file/);
    expect(results.backup).toMatch(/^SandboxError: .*the backup file/);
    for (const file of ['x.db', 'y.db', 'z.db']) expect(existsSync(join(outside, file)), file).toBe(false);
  });

  it('refuses extensions and native addons, and cannot be undone by reassigning', async () => {
    const extension = join(runtimeModulesDir, 'better-sqlite3', 'build', 'Release', 'test_extension.node');
    const binding = join(runtimeModulesDir, 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    const { results } = await runCases('sqlite-guard.cjs', {
      loadExtension: `new Database(':memory:').loadExtension(${JSON.stringify(extension)}); return 'loaded'`,
      internals: `new Database(':memory:')[cppdb].loadExtension(${JSON.stringify(extension)}); return 'loaded'`,
      reassigned: `const proto = Object.getPrototypeOf(new Database(':memory:')[cppdb]); proto.loadExtension = function () {}; return typeof proto.loadExtension === 'function' && proto.loadExtension.name`,
      requireBinding: `require(${JSON.stringify(binding)}); return 'loaded'`,
      dlopen: `process.dlopen({ exports: {} }, ${JSON.stringify(extension)}); return 'loaded'`,
      stillWorks: `const db = new Database(':memory:'); return db.prepare('SELECT 41 + 1 AS n').get().n`,
    });
    expect(results.loadExtension).toMatch(/^SandboxError: The sandbox does not allow loading SQLite extensions/);
    expect(results.internals).toMatch(/^SandboxError: The sandbox does not allow loading SQLite extensions/);
    expect(results.reassigned).toBe('ok: refusedLoadExtension'); // sloppy mode: the assignment silently did nothing
    expect(results.requireBinding).toMatch(/^SandboxError: The sandbox does not let your code load native addons/);
    expect(results.dlopen).toMatch(/^SandboxError: The sandbox does not let your code load native addons/);
    expect(results.stillWorks).toBe('ok: 42');
  });
});

describe('signal guard', () => {
  it('lets a process signal itself only: not its parent, not its process group, not through _kill', async () => {
    const { results } = await runCases('signal-guard.cjs', {
      self: `process.kill(process.pid, 0); return 'signalled'`,
      parent: `process.kill(process.ppid, 0); return 'signalled'`,
      group: `process.kill(0, 0); return 'signalled'`,
      internal: `process._kill(process.ppid, 0); return 'signalled'`,
      reassigned: `try { process.kill = () => true; } catch {} process.kill(process.ppid, 0); return 'signalled'`,
    });
    expect(results.self).toBe('ok: signalled');
    for (const name of ['parent', 'group', 'internal', 'reassigned']) {
      expect(results[name], name).toMatch(/^SandboxError: The sandbox lets your code signal only its own process/);
    }
  });
});
