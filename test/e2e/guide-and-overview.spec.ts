/**
 * The guide and the course overview, in Debian's Chromium against `npm start -- --web` serving a
 * small test course (test/fixtures/course): tracks in teaching order with their progress, hints
 * one at a time, a lesson split over folders opened from the file tree by keyboard, and the app
 * coming back to the lesson and step the learner was on — after a reload and after a restart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { runChecks } from './support/learner.js';
import { removeDataDir, startWebApp, type WebApp } from './support/web-app.js';

const courseDir = join(import.meta.dirname, '..', 'fixtures', 'course');
const todosSolution = readFileSync(join(courseDir, 'crud', '01-split-server', 'solution', 'routes', 'todos.ts'), 'utf8');
const LESSON = 'Routes in their own file';

let app: WebApp;

test.beforeAll(async () => {
  app = await startWebApp(undefined, { lessonsDir: courseDir });
});

test.afterAll(async () => {
  await app.stop();
  removeDataDir(app);
});

test('the overview lists tracks in teaching order with their progress, what to start with, and broken lessons', async ({ page }) => {
  await page.goto(app.url);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 2 })).toHaveText(['CRUD', 'WebSockets', 'Lessons that could not load']);

  const crud = main.getByRole('region', { name: 'CRUD' });
  await expect(crud.getByTestId('track-total')).toHaveText('0 of 2 steps passed · 1 lesson · 20 min');
  await expect(crud.getByRole('progressbar', { name: `${LESSON}: 0 of 2 steps passed` })).toBeVisible();
  await expect(crud.getByRole('listitem').getByText('20 min', { exact: true })).toBeVisible();
  await expect(main.getByRole('button', { name: `Start: ${LESSON} — step 1` })).toBeVisible();

  const broken = main.getByRole('list', { name: 'Broken lessons' });
  await expect(broken).toContainText('security/01-broken');
  await expect(broken).toContainText('this file is missing');
  await expect(broken).toContainText('course/security/01-broken/lesson.md');
});

test('hints one at a time, the file tree by keyboard, and back to the same lesson and step after a reload and a restart', async ({ page }) => {
  await page.goto(app.url);
  await page.getByRole('region', { name: 'CRUD' }).getByRole('button', { name: LESSON }).click();
  await expect(page.getByRole('heading', { name: /List every todo/ })).toBeVisible();

  // Hints: one per request, the earlier ones stay.
  const hints = page.getByTestId('hint');
  await expect(hints).toHaveCount(0);
  await page.getByRole('button', { name: 'Show hint 1 of 3' }).click();
  await expect(hints).toHaveCount(1);
  await expect(hints.first()).toContainText('The routes live in routes/todos.ts.');
  await expect(page.getByText('db.prepare(…).all()')).toHaveCount(0);
  await page.getByRole('button', { name: 'Show hint 2 of 3' }).click();
  await expect(hints).toHaveCount(2);
  await expect(hints.nth(1)).toContainText('db.prepare(…).all()');
  await expect(page.getByRole('button', { name: 'Show hint 3 of 3' })).toBeVisible();

  // The file tree: entry first, then the folder; keyboard only from the tab stop to routes/todos.ts.
  const tree = page.getByRole('tree', { name: 'Lesson files' });
  await expect(tree.getByRole('treeitem')).toHaveText([/^server\.ts · entry/, /^routes/, /^todos\.ts/, /^db\.ts/]);
  await tree.getByRole('treeitem', { name: /server\.ts/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(tree.getByRole('treeitem', { name: 'routes' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(tree.getByRole('treeitem', { name: 'routes' })).toHaveAttribute('aria-expanded', 'false');
  await expect(tree.getByRole('treeitem', { name: /todos\.ts/ })).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const todos = tree.getByRole('treeitem', { name: /todos\.ts/ });
  await expect(todos).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(todos).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('active-file')).toHaveText('Open file: routes/todos.ts');
  await expect(page.getByTestId('code-editor')).toContainText('Step 1: GET /todos answers with every todo.');

  // Edit it: the tree marks the file until its save lands (held back here, so the mark cannot be missed).
  let releaseSaves!: () => void;
  const savesHeld = new Promise<void>((resolve) => (releaseSaves = resolve));
  await page.route('**/files/**', async (route) => {
    await savesHeld;
    await route.continue();
  });
  await page.getByTestId('code-editor').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(todosSolution);
  await expect(todos).toContainText('unsaved changes');
  await expect(tree.getByRole('treeitem', { name: /db\.ts/ })).not.toContainText('unsaved changes');
  releaseSaves();
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  await expect(todos).not.toContainText('unsaved changes');
  await page.unrouteAll();

  await runChecks(page);
  await expect(page.getByTestId('run-summary')).toContainText('All 1 check passed');
  const steps = page.getByRole('navigation', { name: 'Steps' });
  await expect(steps.getByRole('button', { name: /List every todo.*\(passed\)/ })).toBeVisible();

  // The app root again: the same lesson and step (not the next one), hints still revealed.
  await page.goto(app.origin);
  await expectBackOnStepOne(page);

  // A restart: a new port, so a new origin with empty localStorage; the backend's settings bring it back.
  await app.stop();
  app = await startWebApp(app.dataDir, { lessonsDir: courseDir });
  await page.goto(app.url);
  await expectBackOnStepOne(page);

  // The overview shows the progress and leads on to the next step.
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('button', { name: 'Lessons' }).click();
  const crud = page.getByRole('region', { name: 'CRUD' });
  await expect(crud.getByRole('progressbar', { name: `${LESSON}: 1 of 2 steps passed` })).toBeVisible();
  await expect(crud.getByTestId('track-total')).toHaveText('1 of 2 steps passed · 1 lesson · 20 min');
  await page.getByRole('button', { name: `Continue: ${LESSON} — step 2` }).click();
  await expect(page.getByRole('heading', { name: /Count the todos/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show hint 1 of 1' })).toBeVisible();
});

async function expectBackOnStepOne(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: LESSON })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /List every todo/ })).toHaveAttribute('aria-current', 'step');
  await expect(page.getByTestId('hint')).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Show hint 3 of 3' })).toBeVisible();
}
