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

/** A lessons folder holding copies of the first lesson, each under `folder` with `change` applied. */
async function lessonsWith(changes: Record<string, (lessonDir: string) => Promise<void>>): Promise<string> {
  const lessonsDir = join(tempDir(), 'lessons');
  for (const [folder, change] of Object.entries(changes)) {
    const lessonDir = join(lessonsDir, 'crud', folder);
    await cp(firstLesson, lessonDir, { recursive: true });
    await change(lessonDir);
  }
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

// `npm test` runs `npm run lessons:verify` on the repository's lessons; this proves it can fail.
it('npm run lessons:verify exits non-zero and names each step with a broken solution or a starter that already passes', async () => {
  const lessonsDir = await lessonsWith({
    '01-broken-solution': async (dir) => {
      const file = join(dir, 'solution/server.ts');
      const source = await readFile(file, 'utf8');
      // The classic mistake: answering 200 instead of 404 for a missing todo.
      await writeFile(file, source.replace('res.status(404).json(', 'res.status(200).json('));
    },
    '02-passing-starter': async (dir) => {
      await cp(join(dir, 'solution/server.ts'), join(dir, 'starter/server.ts'));
    },
  });
  const { code, output } = await verifyScript(lessonsDir);
  expect(code).toBe(1);
  expect(output).toMatch(/✗ crud\/01-broken-solution step 02-one-todo \(solution, seed\.sql\): the solution fails on seed\.sql: .*404/);
  for (const step of ['01-list-todos', '02-one-todo', '03-create-todo', '04-delete-todo']) {
    expect(output).toContain(`✗ crud/02-passing-starter step ${step} (starter, seed.sql): the starter code already passes every check of this step on seed.sql`);
  }
  // Two seeds × (one broken solution step + four passing starter steps).
  expect(output).toMatch(/lessons:verify found 10 problem\(s\)/);
}, 60_000);

describe('verifyLesson', () => {
  const sandbox = new Sandbox();
  afterAll(() => sandbox.stopAll());

  it('catches a solution that hard-codes the first seed’s data', async () => {
    const lessonsDir = await lessonsWith({
      '01-hard-coded': async (dir) => {
        await cp(join(projectRoot, 'test/fixtures/lessons/hard-coded/server.ts'), join(dir, 'solution/server.ts'));
      },
    });
    const lesson = (await loadCatalog(lessonsDir)).find('crud/01-hard-coded')!;
    const verdicts = await verifyLesson(lesson, { sandbox, runtimeModulesDir: join(projectRoot, 'node_modules') });
    const solution = verdicts.filter((verdict) => verdict.variant === 'solution');

    const passed = (seed: string) => solution.filter((verdict) => verdict.seed === seed && verdict.ok).map((verdict) => verdict.stepId);

    // On the learner's own seed the hard-coded reads look right (step 3 checks the database after a write)...
    expect(passed('seed.sql')).toEqual(['01-list-todos', '02-one-todo']);
    // ...and the second seed exposes them.
    expect(passed('seed-2.sql')).toEqual([]);
    const exposed = solution.filter((verdict) => verdict.seed === 'seed-2.sql');
    expect(exposed[0]!.problem).toMatch(/^the solution fails on seed-2\.sql \(does it hard-code data from seed\.sql\?\): "GET \/todos lists every todo in the database"/);
  }, 60_000);

  it('never counts checks that cannot load as the starter failing them', async () => {
    const lessonsDir = await lessonsWith({
      '01-broken-checks': async (dir) => {
        await writeFile(join(dir, 'steps/02-one-todo/checks.ts'), 'export default [ { name: "oops", run: async (t) => { t.http.get( } } ];\n');
      },
    });
    const lesson = (await loadCatalog(lessonsDir)).find('crud/01-broken-checks')!;
    const verdicts = await verifyLesson(lesson, { sandbox, runtimeModulesDir: join(projectRoot, 'node_modules') });
    const broken = verdicts.filter((verdict) => verdict.stepId === '02-one-todo');
    expect(broken).toHaveLength(4);
    for (const verdict of broken) expect(verdict).toMatchObject({ ok: false, problem: expect.stringMatching(/^the step's checks do not load: .*checks\.ts:1:\d+/s) });
  }, 60_000);
});
