/**
 * In Debian's Chromium against `npm start -- --web`: a learner with an edit of their own opens the
 * solution, applies one of its changes (and nothing else), passes step 1 with it, adds a row to
 * the database, then resets the step: the starter is back in the editor and the database is seeded.
 */
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { LessonDetail } from '../../src-main/contract/api.js';
import { FIRST_LESSON_TITLE, openLesson, runChecks } from './support/learner.js';
import { removeDataDir, startWebApp, type WebApp } from './support/web-app.js';

const LESSON = 'crud/01-first-endpoints';
const lessonDir = join(import.meta.dirname, '..', '..', 'lessons', ...LESSON.split('/'));
const starter = readFileSync(join(lessonDir, 'starter', 'server.ts'), 'utf8');
const seedSql = readFileSync(join(lessonDir, 'seed.sql'), 'utf8');
const NOTE = '// my own note, not in the solution';
const LIST_ROUTE = "app.get('/todos', (req, res) => {";

let app: WebApp;

test.use({ viewport: { width: 1400, height: 1500 } });

test.beforeAll(async () => {
  app = await startWebApp();
});

test.afterAll(async () => {
  await app.stop();
  removeDataDir(app);
});

/** The learner's saved server.ts, as the backend has it. */
async function savedServerFile(): Promise<string> {
  const token = decodeURIComponent(new URL(app.url).hash.replace('#token=', ''));
  const res = await fetch(`${app.origin}/api/lessons/${LESSON}`, { headers: { authorization: `Bearer ${token}` } });
  const detail = (await res.json()) as LessonDetail;
  return detail.files.find((file) => file.path === 'server.ts')!.content;
}

function todoCount(): number {
  const db = new Database(join(app.dataDir, 'workspaces', ...LESSON.split('/'), 'lesson.db'), { readonly: true });
  try {
    return db.prepare('SELECT COUNT(*) FROM todos').pluck().get() as number;
  } finally {
    db.close();
  }
}

function seededTodoCount(): number {
  const db = new Database(':memory:');
  db.exec(seedSql);
  const count = db.prepare('SELECT COUNT(*) FROM todos').pluck().get() as number;
  db.close();
  return count;
}

function addTodo(): void {
  const db = new Database(join(app.dataDir, 'workspaces', ...LESSON.split('/'), 'lesson.db'));
  db.prepare('INSERT INTO todos (title) VALUES (?)').run('a row the seed does not have');
  db.close();
}

/** Monaco renders only the lines on screen (the tall window shows all of server.ts), with non-breaking spaces. */
async function visibleCode(page: Page): Promise<string> {
  return (await page.getByTestId('code-editor').locator('.view-lines').innerText()).replace(/\s+/g, ' ');
}

test('reveal a hint, apply one change of the solution, keep your own edit, then reset the step', async ({ page }) => {
  await page.goto(app.url);
  await openLesson(page, FIRST_LESSON_TITLE);
  const editor = page.getByTestId('code-editor');
  // Monaco is 14 MB of JavaScript: on two busy cores its first load can take longer than 5 s.
  await expect(editor).toContainText('Step 1: GET /todos', { timeout: 30_000 });

  // Stuck: a hint first, the next only when asked for.
  await page.getByRole('button', { name: 'Show hint 1 of 3' }).click();
  await expect(page.getByTestId('hint')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Show hint 2 of 3' })).toBeVisible();

  // An edit of the learner's own, unrelated to the solution.
  await editor.click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.insertText(`${NOTE}\n`);
  await expect(page.getByTestId('save-status')).toHaveText('Saved');

  // The solution, as a diff with its changes listed; apply only the one that lists every todo.
  await page.getByRole('button', { name: 'Show solution' }).click();
  const dialog = page.getByRole('dialog', { name: 'Solution' });
  await expect(dialog.getByTestId('solution-diff')).toBeVisible();
  const hunks = dialog.getByTestId('solution-hunk');
  await expect(hunks.first()).toBeVisible();
  const before = await hunks.count();
  expect(before).toBeGreaterThanOrEqual(3);
  const applied = (await hunks.allInnerTexts()).findIndex((text) => text.includes(LIST_ROUTE));
  await hunks.nth(applied).getByRole('button', { name: /^Apply:/ }).click();
  await expect(hunks).toHaveCount(before - 1);
  // Focus moves to the change that took its place, not to the page's start.
  await expect(hunks.nth(applied).getByRole('button', { name: /^Apply:/ })).toBeFocused();
  await expect(hunks.filter({ hasText: LIST_ROUTE })).toHaveCount(0);
  // The note is still a difference from the solution: it was not touched.
  await expect(hunks.filter({ hasText: NOTE })).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // Both are in the editor and saved; the other changes of the solution are not.
  await expect.poll(() => visibleCode(page)).toContain(NOTE);
  await expect.poll(() => visibleCode(page)).toContain(LIST_ROUTE);
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  const saved = await savedServerFile();
  expect(saved).toContain(NOTE);
  expect(saved).toContain(LIST_ROUTE);
  expect(saved).toContain('// Step 2: GET /todos/:id');
  expect(saved).not.toContain("app.post('/todos'");

  // That is enough to pass step 1; then a row lands in the database.
  await runChecks(page);
  await expect(page.getByTestId('run-summary')).toContainText('All 2 checks passed');
  const steps = page.getByRole('navigation', { name: 'Steps' });
  await expect(steps.getByRole('button', { name: /List every todo.*\(passed\)/ })).toBeVisible();
  addTodo();
  expect(todoCount()).toBe(seededTodoCount() + 1);

  // Reset the step, confirmed inline.
  await page.getByRole('button', { name: 'Reset step', exact: true }).first().click();
  await page.getByRole('group', { name: /^Reset step 1\?/ }).getByRole('button', { name: 'Reset step' }).click();
  await expect(page.getByRole('log', { name: 'Server output' })).toContainText('Step 1 reset');

  await expect.poll(() => visibleCode(page)).not.toContain(NOTE);
  await expect(editor).toContainText('Step 1: GET /todos');
  expect(await savedServerFile()).toBe(starter);
  expect(todoCount()).toBe(seededTodoCount());
  await expect(steps.getByRole('button', { name: /List every todo.*\(not passed yet\)/ })).toBeVisible();
  // The results of the code that is gone are gone too.
  await expect(page.getByTestId('run-summary')).toBeHidden();
});
