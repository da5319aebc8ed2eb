/**
 * The whole first CRUD lesson, walked as a learner would in Debian's Chromium against
 * `npm start -- --web` on a fresh data folder: open it from the course overview, read the
 * introduction, then for every step read it, ask for a hint, write that step's route under its
 * `// Step N:` comment, pass the checks with Ctrl+Enter and go on; at the end the lesson is
 * complete, the recap names the next lesson, and the overview shows every step passed.
 *
 * (newcomer.spec.ts is the other half: failing first, fixing, and the work surviving a restart.)
 */
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { loadCatalog } from '../../src-main/lessons/catalog.js';
import type { Lesson } from '../../src-main/lessons/lesson.js';
import { FIRST_LESSON_TITLE, openLesson, replaceCode, runChecks } from './support/learner.js';
import { removeDataDir, startWebApp, type WebApp } from './support/web-app.js';

const NEXT_LESSON_TITLE = 'Create, update and delete with validation';

/** Each step's route as a learner following the hints writes it, in step order. */
const ROUTES = [
  `app.get('/todos', (req, res) => {
  const todos = db.prepare('SELECT id, title, done FROM todos').all();
  res.json(todos);
});`,
  `app.get('/todos/:id', (req, res) => {
  const todo = db.prepare('SELECT id, title, done FROM todos WHERE id = ?').get(req.params.id);
  if (todo === undefined) {
    res.status(404).json({ error: 'There is no todo with that id' });
    return;
  }
  res.json(todo);
});`,
  `app.post('/todos', (req, res) => {
  const title = req.body?.title;
  if (typeof title !== 'string' || title.trim() === '') {
    res.status(400).json({ error: 'title must be a non-empty string' });
    return;
  }
  const todo = db.prepare('INSERT INTO todos (title) VALUES (?) RETURNING id, title, done').get(title);
  res.status(201).json(todo);
});`,
  `app.delete('/todos/:id', (req, res) => {
  const { changes } = db.prepare('DELETE FROM todos WHERE id = ?').run(req.params.id);
  if (changes === 0) {
    res.status(404).json({ error: 'There is no todo with that id' });
    return;
  }
  res.status(204).end();
});`,
];

let app: WebApp;
let lesson: Lesson;

test.beforeAll(async () => {
  const catalog = await loadCatalog(join(import.meta.dirname, '..', '..', 'lessons'));
  lesson = catalog.find('crud/01-first-endpoints')!;
  app = await startWebApp();
});

test.afterAll(async () => {
  await app.stop();
  removeDataDir(app);
});

/** The starter with the routes of the first `stepCount` steps, each under its `// Step N:` comment. */
function codeAfterStep(stepCount: number): string {
  const starter = lesson.starterFiles.find((file) => file.path === lesson.entry)!.content;
  return ROUTES.slice(0, stepCount).reduce((code, route, index) => {
    const comment = new RegExp(`^// Step ${index + 1}:.*$`, 'm');
    if (!comment.test(code)) throw new Error(`the starter has no "// Step ${index + 1}:" comment`);
    return code.replace(comment, (line) => `${line}\n${route}`);
  }, starter);
}

/** Markdown as the page shows it: `code` without its backticks. */
function asRendered(markdown: string): string {
  return markdown.replaceAll('`', '');
}

test('a learner reads, hints, codes and passes every step of the first lesson, and finds it complete', async ({ page }) => {
  test.setTimeout(180_000);
  expect(lesson.steps.length, 'one route per step').toBe(ROUTES.length);
  await page.goto(app.url);

  // The course overview: the lesson is there, nothing passed yet.
  const crud = page.getByRole('main').getByRole('region', { name: 'CRUD and business workflows' });
  await expect(crud.getByRole('progressbar', { name: `${FIRST_LESSON_TITLE}: 0 of ${lesson.steps.length} steps passed` })).toBeVisible();
  await openLesson(page, FIRST_LESSON_TITLE);

  // The introduction: what the learner will be able to do, and the status codes they will use.
  const guide = page.getByRole('complementary', { name: 'Lesson instructions' });
  await expect(guide.getByRole('heading', { level: 1, name: FIRST_LESSON_TITLE })).toBeVisible();
  await expect(guide.getByRole('heading', { name: 'Requests and responses' })).toBeVisible();
  for (const objective of lesson.objectives) await expect(guide.getByRole('listitem').filter({ hasText: objective })).toBeVisible();
  await expect(guide.getByRole('row', { name: /204 No Content/ })).toBeVisible();
  await expect(guide.getByRole('img', { name: /sends GET \/todos\/3 to your Express server/ })).toBeVisible();
  await expect(page.getByTestId('code-editor')).toContainText('Step 1: GET /todos');

  const steps = page.getByRole('navigation', { name: 'Steps' });
  for (const [index, step] of lesson.steps.entries()) {
    const number = index + 1;
    await test.step(`step ${number}: ${step.title}`, async () => {
      // Read the step: its heading and the task it sets.
      await expect(guide.getByRole('heading', { name: new RegExp(`Step ${number} of ${lesson.steps.length}\\s*${step.title}`) })).toBeVisible();
      await expect(guide.getByRole('heading', { name: 'Your task' })).toBeVisible();
      await expect(steps.getByRole('button', { name: new RegExp(step.title) })).toHaveAttribute('aria-current', 'step');

      // A nudge first.
      await guide.getByRole('button', { name: `Show hint 1 of ${step.hints.length}` }).click();
      await expect(guide.getByTestId('hint')).toHaveCount(1);
      await expect(guide.getByTestId('hint').first()).toContainText(asRendered(step.hints[0]!));

      await replaceCode(page, codeAfterStep(number));
      await runChecks(page);
      await expect(page.getByTestId('run-summary')).toContainText(/All \d+ checks passed — step complete!/);
      await expect(steps.getByRole('button', { name: new RegExp(`${step.title}.*\\(passed\\)`) })).toBeVisible();

      const next = lesson.steps[index + 1];
      if (next) {
        await expect(page.getByText(`Next step: ${next.title}`)).toBeVisible();
        await page.getByRole('button', { name: 'Go to next step' }).click();
      }
    });
  }

  // The end: the lesson is complete, and the recap says what comes next.
  await expect(page.getByText(`Lesson complete! Next lesson: ${NEXT_LESSON_TITLE}`)).toBeVisible();
  const recap = guide.getByRole('heading', { name: 'Recap' });
  await recap.scrollIntoViewIfNeeded();
  await expect(recap).toBeVisible();
  await expect(guide.getByText(NEXT_LESSON_TITLE)).toBeVisible();

  // The way on: the next lesson opens at its start, and the overview counts this one complete.
  await page.getByRole('button', { name: 'Start next lesson' }).click();
  await expect(guide.getByRole('heading', { level: 1, name: NEXT_LESSON_TITLE })).toBeVisible();
  await expectLessonCompleteInOverview(page);
});

async function expectLessonCompleteInOverview(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('button', { name: 'Lessons' }).click();
  const total = lesson.steps.length;
  await expect(page.getByRole('progressbar', { name: `${FIRST_LESSON_TITLE}: ${total} of ${total} steps passed` })).toBeVisible();
  const card = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: FIRST_LESSON_TITLE, exact: true }) });
  await expect(card.getByText('Completed')).toBeVisible();
}
