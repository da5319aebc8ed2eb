/**
 * What a newcomer does, in Debian's Chromium against the app started by `npm start -- --web`:
 * open the first lesson, run the checks and read why they fail, type the fix in the editor,
 * watch the checks pass, then reload and find the code and the progress still there.
 */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { FIRST_LESSON_TITLE, openLesson, replaceCode, runChecks } from './support/learner.js';
import { removeDataDir, startWebApp, type WebApp } from './support/web-app.js';

const lessonDir = join(import.meta.dirname, '..', '..', 'lessons', 'crud', '01-first-endpoints');
const solution = readFileSync(join(lessonDir, 'solution', 'server.ts'), 'utf8');

let app: WebApp;

test.beforeAll(async () => {
  const started = performance.now();
  app = await startWebApp();
  expect(performance.now() - started, 'npm start -- --web prints its URL within 10 s').toBeLessThan(10_000);
});

test.afterAll(async () => {
  await app.stop();
  removeDataDir(app);
});

function statusOf(path: string, headers: Record<string, string>): Promise<number> {
  const { port } = new URL(app.origin);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

test('the API refuses callers without the token or with a foreign Host', async () => {
  const token = new URL(app.url).hash.replace('#token=', '');
  const port = new URL(app.origin).port;
  expect(await statusOf('/api/lessons', { host: `127.0.0.1:${port}` })).toBe(401);
  expect(await statusOf('/api/lessons', { host: `evil.example:${port}`, authorization: `Bearer ${decodeURIComponent(token)}` })).toBe(403);
  expect(await statusOf('/api/lessons', { host: `127.0.0.1:${port}`, authorization: `Bearer ${decodeURIComponent(token)}` })).toBe(200);
});

test('a newcomer fails, fixes and passes the first lesson, and a reload and a restart keep it all', async ({ page }) => {
  // Everything is bundled: the page never reaches beyond the backend on 127.0.0.1 (no CDN).
  const foreignRequests: string[] = [];
  page.on('request', (req) => {
    const { protocol, hostname } = new URL(req.url());
    if (!['data:', 'blob:'].includes(protocol) && hostname !== '127.0.0.1') foreignRequests.push(req.url());
  });
  // The page works under its Content-Security-Policy: nothing it needs is refused.
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  await page.goto(app.url);
  // The token leaves the address bar as soon as the page has it.
  await expect(page).not.toHaveURL(/token=/);
  await openLesson(page, FIRST_LESSON_TITLE);

  const editor = page.getByTestId('code-editor');
  await expect(editor).toContainText('Step 1: GET /todos');
  // The introduction draws the journey of a request, served from the lesson's own folder.
  const picture = page.getByRole('img', { name: /sends GET \/todos\/3 to your Express server/ });
  await picture.scrollIntoViewIfNeeded();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await expect(page.getByRole('heading', { name: 'Check results' })).toBeVisible();

  // The starter has no GET /todos: the first check fails and says why, with a way to reproduce it.
  await runChecks(page);
  const summary = page.getByTestId('run-summary');
  await expect(summary).toContainText('0 of 2 checks passed');
  const firstCheck = page.getByTestId('check-result').first();
  await expect(firstCheck).toHaveAttribute('data-status', 'failed');
  await expect(firstCheck).toContainText('404 Not Found');
  await firstCheck.getByText('Details').click();
  await expect(firstCheck).toContainText('curl -i http://127.0.0.1:');

  // Paste the whole solution into Monaco at once (crud-lesson-1.spec.ts writes it step by step).
  await replaceCode(page, solution);

  await runChecks(page);
  await expect(summary).toContainText('All 2 checks passed');
  await expect(page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /List every todo.*\(passed\)/ })).toBeVisible();

  // The last step runs every step's checks: the whole lesson passes.
  const steps = page.getByRole('navigation', { name: 'Steps' });
  await steps.getByRole('button', { name: /Delete a todo/ }).click();
  await runChecks(page);
  await expect(summary).toContainText(/All \d+ checks passed/);

  // A reload (the token is no longer in the URL) finds the code and the progress intact.
  await page.reload();
  await expectSolvedLesson(page);

  // So does a new backend on the same data dir (a new port, a new token, the same work).
  await app.stop();
  app = await startWebApp(app.dataDir);
  await page.goto(app.url);
  await expectSolvedLesson(page);
  expect(foreignRequests).toEqual([]);
  expect(cspViolations).toEqual([]);
});

/** The lesson reopens with the learner's code in the editor and every step marked passed. */
async function expectSolvedLesson(page: Page): Promise<void> {
  // Monaco renders only the visible lines: the solution's first lines tell it from the starter.
  const firstSolutionLines = solution.split('\n').slice(0, 8).join('').replace(/\s+/g, '');
  const visibleCode = async () => (await page.getByTestId('code-editor').locator('.view-lines').innerText()).replace(/\s+/g, '');
  await expect.poll(visibleCode).toContain(firstSolutionLines);
  const steps = page.getByRole('navigation', { name: 'Steps' });
  for (const title of ['List every todo', 'Find one todo by its id', 'Create a todo', 'Delete a todo']) {
    await expect(steps.getByRole('button', { name: new RegExp(`${title}.*\\(passed\\)`) })).toBeVisible();
  }
}

test('the console says how the code is sandboxed, and opens to what that stops, by keyboard', async ({ page }) => {
  await page.goto(app.url);
  const console = page.getByRole('region', { name: 'Server console' });
  const lesson = page.getByRole('list', { name: 'Lessons' }).getByRole('button', { name: FIRST_LESSON_TITLE });
  // The app reopens the lesson the previous test left open; a fresh data folder starts at the list.
  await expect(console.or(lesson)).toBeVisible();
  if (await lesson.isVisible()) await lesson.click();
  // "Sandboxed" where bubblewrap works (CI installs it), "Basic sandbox" where it cannot.
  const indicator = console.getByText(/^(Sandboxed|Basic sandbox)$/);
  await expect(indicator).toBeVisible();
  await indicator.focus();
  await page.keyboard.press('Enter');
  await expect(console.getByText('Protects against')).toBeVisible();
  await expect(console.getByText('Does not stop')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(console.getByText('Protects against')).toBeHidden();
});
