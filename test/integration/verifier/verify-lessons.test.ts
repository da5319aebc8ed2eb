/**
 * The verifier is what lets authors trust their checks: it must fail, naming the step, when a
 * solution is broken, when a starter already passes, and when a solution hard-codes the seed.
 */
import { execFile } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src-main/lessons/catalog.js';
import { Sandbox } from '../../../src-main/sandbox/sandbox.js';
import { verifyLesson } from '../../../src-main/verifier/verify-lesson.js';
import { projectRoot } from '../../support/backend.js';
import { useTempDir } from '../../support/temp-dir.js';

const run = promisify(execFile);
const tempDir = useTempDir('verify-lessons-');
const firstLesson = join(projectRoot, 'lessons/crud/01-first-endpoints');

/** A lessons folder holding a copy of the first lesson, with `change` applied to it. */
async function lessonsWith(change: (lessonDir: string) => Promise<void>): Promise<string> {
  const lessonsDir = join(tempDir(), 'lessons');
  const lessonDir = join(lessonsDir, 'crud/01-first-endpoints');
  await cp(firstLesson, lessonDir, { recursive: true });
  await change(lessonDir);
  return lessonsDir;
}

async function verifyScript(lessonsDir: string): Promise<{ code: number; output: string }> {
  const tsx = join(projectRoot, 'node_modules/.bin/tsx');
  try {
    const { stdout } = await run(tsx, [join(projectRoot, 'scripts/verify-lessons.ts'), lessonsDir], { cwd: projectRoot });
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, output: failed.stdout };
  }
}

describe('npm run lessons:verify', () => {
  it('exits non-zero and names the step when the solution is broken', async () => {
    const lessonsDir = await lessonsWith(async (dir) => {
      const file = join(dir, 'solution/server.ts');
      const source = await readFile(file, 'utf8');
      // The classic mistake: answering 200 with nothing instead of 404 for a missing todo.
      await writeFile(file, source.replace('res.status(404).json(', 'res.status(200).json('));
    });
    const { code, output } = await verifyScript(lessonsDir);
    expect(code).toBe(1);
    expect(output).toMatch(/✗ crud\/01-first-endpoints step 02-one-todo \(solution, seed\.sql\): the solution fails on seed\.sql: .*404/);
    expect(output).toMatch(/lessons:verify found 2 problem\(s\)/);
  }, 30_000);

  it('exits non-zero and names every step the starter already passes', async () => {
    const lessonsDir = await lessonsWith(async (dir) => {
      await cp(join(dir, 'solution/server.ts'), join(dir, 'starter/server.ts'));
    });
    const { code, output } = await verifyScript(lessonsDir);
    expect(code).toBe(1);
    for (const step of ['01-list-todos', '02-one-todo', '03-create-todo']) {
      expect(output).toContain(`✗ crud/01-first-endpoints step ${step} (starter, seed.sql): the starter code already passes every check of this step on seed.sql`);
    }
  }, 30_000);

  it('passes on the repository lessons', async () => {
    const { code, output } = await verifyScript(join(projectRoot, 'lessons'));
    expect(output).toMatch(/lessons verified: \d+ lessons/);
    expect(code).toBe(0);
  }, 60_000);
});

describe('verifyLesson', () => {
  const sandbox = new Sandbox();
  afterAll(() => sandbox.stopAll());

  it('catches a solution that hard-codes the first seed’s data', async () => {
    const lessonsDir = await lessonsWith(async (dir) => {
      await cp(join(projectRoot, 'test/fixtures/lessons/hard-coded/server.ts'), join(dir, 'solution/server.ts'));
    });
    const lesson = (await loadCatalog(lessonsDir)).find('crud/01-first-endpoints')!;
    const verdicts = await verifyLesson(lesson, { sandbox, runtimeModulesDir: join(projectRoot, 'node_modules') });
    const solution = verdicts.filter((verdict) => verdict.variant === 'solution');

    const passed = (seed: string) => solution.filter((verdict) => verdict.seed === seed && verdict.ok).map((verdict) => verdict.stepId);

    // On the learner's own seed the hard-coded reads look right (step 3 checks the database after a write)...
    expect(passed('seed.sql')).toEqual(['01-list-todos', '02-one-todo']);
    // ...and the second seed exposes them.
    expect(passed('seed-2.sql')).toEqual([]);
    const exposed = solution.filter((verdict) => verdict.seed === 'seed-2.sql');
    expect(exposed[0]!.problem).toMatch(/^the solution fails on seed-2\.sql \(does it hard-code data from seed\.sql\?\): "GET \/todos lists every todo in the database"/);
  }, 30_000);

  it('never counts checks that cannot load as the starter failing them', async () => {
    const lessonsDir = await lessonsWith(async (dir) => {
      await writeFile(join(dir, 'steps/02-one-todo/checks.ts'), 'export default [ { name: "oops", run: async (t) => { t.http.get( } } ];\n');
    });
    const lesson = (await loadCatalog(lessonsDir)).find('crud/01-first-endpoints')!;
    const verdicts = await verifyLesson(lesson, { sandbox, runtimeModulesDir: join(projectRoot, 'node_modules') });
    const broken = verdicts.filter((verdict) => verdict.stepId === '02-one-todo');
    expect(broken).toHaveLength(4);
    for (const verdict of broken) expect(verdict).toMatchObject({ ok: false, problem: expect.stringMatching(/^the step's checks do not load: .*checks\.ts:1:\d+/s) });
  }, 30_000);
});
