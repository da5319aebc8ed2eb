/**
 * Checks must accept any reasonable correct solution, not only the lesson's own. Each fixture in
 * test/fixtures/other-solutions is a correct solution written another way (other file names,
 * another query, a detail of the answer the lesson leaves open): every step of its lesson must
 * pass on both seeds, in one run as the app runs them.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src-main/lessons/catalog.js';
import { detectIsolation } from '../../../src-main/sandbox/isolation.js';
import { Sandbox } from '../../../src-main/sandbox/sandbox.js';
import { runStepsOnFreshWorkspace, seedsOf } from '../../../src-main/verifier/verify-lesson.js';
import { projectRoot } from '../../support/backend.js';
import { applyEdits, coverage, describeFailures, loadOtherSolutions } from '../../support/solution-variant.js';

const catalog = await loadCatalog(join(projectRoot, 'lessons'));
const otherSolutions = await loadOtherSolutions();

it('every lesson keeps at least one other correct solution that its checks must accept', () => {
  const { short, orphans } = coverage(catalog.lessons.map((lesson) => lesson.id), otherSolutions, 1);
  expect(short, 'lessons whose checks were never tried on a second correct solution').toEqual([]);
  expect(orphans, 'fixtures for a lesson that does not exist').toEqual([]);
});

describe('other correct solutions pass every step', async () => {
  const sandbox = new Sandbox(await detectIsolation());
  afterAll(() => sandbox.stopAll());

  for (const other of otherSolutions) {
    it(`${other.lessonId}: ${other.approach}`, async () => {
      const lesson = catalog.find(other.lessonId);
      if (!lesson) throw new Error(`${other.file}: there is no lesson ${other.lessonId}`);
      const files = applyEdits(lesson.solutionFiles, other);
      for (const seed of seedsOf(lesson)) {
        const outcome = await runStepsOnFreshWorkspace(lesson, lesson.steps, files, seed, { sandbox, runtimeModulesDir: join(projectRoot, 'node_modules') });
        if (!outcome.started) throw new Error(`${other.file}: does not start on ${seed.name}: ${outcome.reason}`);
        expect(describeFailures(outcome.results), `every check should pass on ${seed.name}`).toBe('(no check failed)');
      }
    }, 90_000);
  }
});
