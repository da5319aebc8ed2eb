/**
 * The desktop app end to end, as a learner uses it: the built Electron shell starts the backend,
 * opens its window, hands the page the token through the preload and nothing more; the learner
 * opens a lesson, types the solution and passes a step; quitting leaves no backend and no
 * learner process behind. Skipped, with the reason, where Electron cannot run (no binary, no
 * display) — decided by the same facts `npm start` uses.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { NODE_ENV_VARIABLE } from '../../src-main/electron/backend-runtime.js';
import { chooseMode } from '../../src-main/launcher/choose-mode.js';
import { gatherModeFacts } from '../../src-main/launcher/mode-facts.js';
import { FIRST_LESSON_TITLE, openLesson, replaceCode, runChecks } from './support/learner.js';

const projectRoot = join(import.meta.dirname, '..', '..');
const decision = chooseMode({ web: false }, gatherModeFacts(projectRoot, process.env, process.platform));
const solution = readFileSync(join(projectRoot, 'lessons', 'crud', '01-first-endpoints', 'solution', 'server.ts'), 'utf8');

test.skip(decision.mode !== 'electron', `Electron cannot run here: ${decision.reason}`);
test.skip(process.platform === 'win32', 'the process checks use ps and pgrep');

/** Every process below `pid` (backend, learner servers), found through pgrep where it exists. */
function descendantsOf(pid: number): number[] {
  let children: number[];
  try {
    children = execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).trim().split('\n').map(Number);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
  return children.flatMap((child) => [child, ...descendantsOf(child)]);
}

function commandLine(pid: number): string {
  try {
    return execFileSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' });
  } catch {
    return ''; // gone already
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8')); // a zombie is gone
  } catch {
    return process.platform !== 'linux';
  }
}

test('a learner passes a step in the desktop window, and quitting leaves no process behind', async () => {
  if (decision.mode !== 'electron') return; // narrows the type; the skip above already applies
  const dataDir = mkdtempSync(join(tmpdir(), 'backend-sandbox-electron-'));
  const app = await electron.launch({
    executablePath: decision.electronBinary,
    args: [projectRoot],
    env: { ...(process.env as Record<string, string>), [NODE_ENV_VARIABLE]: process.execPath, BACKEND_SANDBOX_DATA_DIR: dataDir },
  });
  try {
    const page = await app.firstWindow();
    // The window opens on the "starting" screen and moves on to the app once the backend is ready.
    await expect(page.getByTestId('lesson-list')).toBeVisible({ timeout: 30_000 });

    const exposed = await page.evaluate(() => ({
      bridgeKeys: Object.keys(window.backendSandbox ?? {}).sort(),
      tokenLength: window.backendSandbox?.token.length ?? 0,
      hasNode: typeof (globalThis as { require?: unknown }).require !== 'undefined',
      hasProcess: typeof (globalThis as { process?: unknown }).process !== 'undefined',
    }));
    expect(exposed).toEqual({ bridgeKeys: ['platform', 'token'], tokenLength: expect.any(Number), hasNode: false, hasProcess: false });
    expect(exposed.tokenLength).toBeGreaterThanOrEqual(32);
    // A page cannot open windows of its own: the guard denies them.
    expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);

    await openLesson(page, FIRST_LESSON_TITLE);
    await expect(page.getByTestId('code-editor')).toContainText('Step 1: GET /todos');
    await replaceCode(page, solution);
    await runChecks(page);
    await expect(page.getByTestId('run-summary')).toContainText('All 2 checks passed');

    // The backend and the learner's server run below Electron's main process until the quit.
    const processes = descendantsOf(app.process().pid!);
    const backends = processes.filter((pid) => commandLine(pid).includes(join('dist', 'backend', 'main.mjs')));
    expect(backends).toHaveLength(1);
    expect(descendantsOf(backends[0]!).length, 'learner server processes').toBeGreaterThanOrEqual(1);
    await app.close();
    for (const pid of processes) await expect.poll(() => isRunning(pid), { timeout: 10_000, message: `process ${pid}` }).toBe(false);
  } finally {
    await app.close().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
