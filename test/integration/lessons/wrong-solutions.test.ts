/**
 * Checks must reject the mistakes learners really make, and say where the mistake is. Each fixture
 * in test/fixtures/wrong-solutions is a solution with one such mistake: the steps before the one
 * that should catch it still pass, that step fails, and a failing check names the mistake.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src-main/lessons/catalog.js';
import { detectIsolation } from '../../../src-main/sandbox/isolation.js';
import { Sandbox } from '../../../src-main/sandbox/sandbox.js';
import { runStepsOnFreshWorkspace, seedsOf } from '../../../src-main/verifier/verify-lesson.js';
import { projectRoot } from '../../support/backend.js';
import { applyEdits, coverage, describeFailures, loadWrongSolutions } from '../../support/solution-variant.js';

const MISTAKES_PER_LESSON = 3;

const catalog = await loadCatalog(join(projectRoot, 'lessons'));
const wrongSolutions = await loadWrongSolutions();

it(`every lesson keeps at least ${MISTAKES_PER_LESSON} wrong solutions that its checks must reject`, () => {
  const { short, orphans } = coverage(catalog.lessons.map((lesson) => lesson.id), wrongSolutions, MISTAKES_PER_LESSON);
  expect(short, 'lessons with too few wrong-solution fixtures').toEqual([]);
  expect(orphans, 'fixtures for a lesson that does not exist').toEqual([]);
});

describe('wrong solutions are rejected where the mistake is', async () => {
  const sandbox = new Sandbox(await detectIsolation());
  afterAll(() => sandbox.stopAll());

  for (const wrong of wrongSolutions) {
    it(`${wrong.lessonId}: ${wrong.mistake}`, async () => {
      const lesson = catalog.find(wrong.lessonId);
      if (!lesson) throw new Error(`${wrong.file}: there is no lesson ${wrong.lessonId}`);
      const failsAt = lesson.steps.findIndex((step) => step.id === wrong.failsStep);
      if (failsAt < 0) throw new Error(`${wrong.file}: lesson ${lesson.id} has no step ${wrong.failsStep}`);

      const files = applyEdits(lesson.solutionFiles, wrong);
      const outcome = await runStepsOnFreshWorkspace(lesson, lesson.steps.slice(0, failsAt + 1), files, seedsOf(lesson)[0]!, {
        sandbox,
        runtimeModulesDir: join(projectRoot, 'node_modules'),
      });
      if (!outcome.started) throw new Error(`${wrong.file}: the wrong solution does not even start (${outcome.reason}); keep mistakes the checks must catch`);

      const failed = outcome.results.filter((result) => result.status === 'failed');
      const failedSteps = [...new Set(failed.map((result) => result.stepId))];
      expect(failedSteps, `only step ${wrong.failsStep} should fail:\n${describeFailures(outcome.results)}`).toEqual([wrong.failsStep]);
      const pointed = failed.some((result) => result.message.toLowerCase().includes(wrong.message.toLowerCase()));
      expect(pointed, `a failing check should say "${wrong.message}":\n${describeFailures(outcome.results)}`).toBe(true);
    }, 60_000);
  }
});
