/**
 * One broken lesson must never take the others down: it is listed with the file to fix and why,
 * and the good lesson next to it opens and runs as usual.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { FIRST_LESSON_TITLE } from './support/learner.js';
import { removeDataDir, startWebApp, type WebApp } from './support/web-app.js';

const firstLesson = join(import.meta.dirname, '..', '..', 'lessons', 'crud', '01-first-endpoints');
const lessonsDir = join(mkdtempSync(join(tmpdir(), 'backend-sandbox-e2e-lessons-')), 'lessons');
let app: WebApp;

test.beforeAll(async () => {
  cpSync(firstLesson, join(lessonsDir, 'crud', '01-first-endpoints'), { recursive: true });
  cpSync(firstLesson, join(lessonsDir, 'crud', '02-broken'), { recursive: true });
  // An author's typo: minutes must be a number.
  const brokenFrontMatter = '---\ntitle: Half written\nsummary: Not yet.\nobjectives: [Something]\nminutes: soon\n---\nIntro.\n';
  mkdirSync(join(lessonsDir, 'crud', '02-broken'), { recursive: true });
  writeFileSync(join(lessonsDir, 'crud', '02-broken', 'lesson.md'), brokenFrontMatter);
  app = await startWebApp(undefined, { lessonsDir });
});

test.afterAll(async () => {
  await app.stop();
  removeDataDir(app);
  rmSync(join(lessonsDir, '..'), { recursive: true, force: true });
});

test('a lesson with invalid front matter is listed as broken with the reason, and the others still work', async ({ page }) => {
  await page.goto(app.url);
  const lessons = page.getByRole('list', { name: 'Lessons' });
  const broken = lessons.getByRole('listitem').filter({ hasText: 'crud/02-broken' });
  await expect(broken).toContainText('Broken');
  await expect(broken).toContainText('minutes');
  await expect(broken).toContainText('lessons/crud/02-broken/lesson.md');

  await lessons.getByRole('button', { name: FIRST_LESSON_TITLE }).click();
  await expect(page.getByRole('heading', { name: FIRST_LESSON_TITLE })).toBeVisible();
  await page.getByRole('button', { name: 'Run checks' }).click();
  await expect(page.getByTestId('run-summary')).toContainText(/checks? passed/, { timeout: 20_000 });
});
