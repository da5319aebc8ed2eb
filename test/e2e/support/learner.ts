/**
 * What a learner does on a lesson page, as the specs do it: open a lesson from the course
 * overview, put code in the editor, and run the checks with the keyboard.
 */
import { expect, type Page } from '@playwright/test';

/** The first lesson of the course, which most specs open. */
export const FIRST_LESSON_TITLE = 'HTTP and your first endpoints';

export async function openLesson(page: Page, title: string): Promise<void> {
  await page.getByRole('list', { name: 'Lessons' }).getByRole('button', { name: title, exact: true }).click();
}

/**
 * Replaces the open file with `code`, the way a learner pasting their code would: one insertion,
 * which the editor takes verbatim (no auto-closing or re-indenting), then waits for the save.
 */
export async function replaceCode(page: Page, code: string): Promise<void> {
  await page.getByTestId('code-editor').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(code);
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
}

/** Ctrl+Enter, then waits until the run is over (a first run also starts the learner's server). */
export async function runChecks(page: Page): Promise<void> {
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('run-progress')).toBeHidden({ timeout: 20_000 });
}
