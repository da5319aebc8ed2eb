/**
 * The desktop app end to end: the built Electron shell starts the backend, opens its window,
 * shows the lesson list, hands the page the token through the preload and nothing more, and
 * quits cleanly. Skipped, with the reason, where Electron cannot run (no binary, no display) —
 * decided by the same facts `npm start` uses.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { chooseMode } from '../../src-main/launcher/choose-mode.js';
import { gatherModeFacts } from '../../src-main/launcher/mode-facts.js';

const projectRoot = join(import.meta.dirname, '..', '..');
const decision = chooseMode({ web: false }, gatherModeFacts(projectRoot, process.env, process.platform));

test.skip(decision.mode !== 'electron', `Electron cannot run here: ${decision.reason}`);

test('the desktop window opens on the lesson list', async () => {
  if (decision.mode !== 'electron') return; // narrows the type; the skip above already applies
  const dataDir = mkdtempSync(join(tmpdir(), 'backend-sandbox-electron-'));
  const app = await electron.launch({
    executablePath: decision.electronBinary,
    args: [projectRoot],
    env: { ...(process.env as Record<string, string>), BACKEND_SANDBOX_NODE: process.execPath, BACKEND_SANDBOX_DATA_DIR: dataDir },
  });
  try {
    const page = await app.firstWindow();
    await expect(page.getByTestId('lesson-list')).toBeVisible();

    const exposed = await page.evaluate(() => ({
      bridgeKeys: Object.keys(window.backendSandbox ?? {}).sort(),
      tokenLength: window.backendSandbox?.token.length ?? 0,
      hasNode: typeof (globalThis as { require?: unknown }).require !== 'undefined',
    }));
    expect(exposed).toEqual({ bridgeKeys: ['platform', 'token'], tokenLength: expect.any(Number), hasNode: false });
    expect(exposed.tokenLength).toBeGreaterThanOrEqual(32);
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
