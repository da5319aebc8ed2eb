/**
 * Monaco's language workers run under the page's Content-Security-Policy (worker-src 'self'),
 * in Debian's Chromium as they do in the Electron window: every worker is one of our own bundled
 * files on the backend's origin — no blob: or data: worker that would need a looser policy — and
 * the browser reports no violation.
 */
import { expect, test, type Worker } from '@playwright/test';
import { FIRST_LESSON_TITLE, openLesson } from './support/learner.js';
import { removeDataDir, startWebApp, type WebApp } from './support/web-app.js';

let app: WebApp;
test.beforeAll(async () => {
  app = await startWebApp();
});
test.afterAll(async () => {
  await app.stop();
  removeDataDir(app);
});

test("Monaco's workers start from the app's own files, within the policy", async ({ page }) => {
  const workers: Worker[] = [];
  page.on('worker', (worker) => workers.push(worker));
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });

  await page.goto(app.url);
  await openLesson(page, FIRST_LESSON_TITLE);
  await expect(page.getByTestId('code-editor')).toContainText('Step 1: GET /todos');

  // The TypeScript worker is the one that type-checks the learner's code.
  await expect.poll(() => workers.map((worker) => worker.url()).join('\n'), { timeout: 20_000 }).toMatch(/ts\.worker-[\w-]+\.js/);
  for (const worker of workers) expect(worker.url()).toMatch(new RegExp(`^${app.origin}/assets/[\\w.-]+\\.js$`));
  // Each answers: a worker that failed to load would not evaluate anything.
  for (const worker of workers) expect(await worker.evaluate(() => typeof self.postMessage)).toBe('function');
  expect(cspViolations).toEqual([]);
});
