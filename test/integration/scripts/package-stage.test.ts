/**
 * `npm run package -- --stage-only` without the installer step: stages the built app into a temp
 * folder outside the project and runs the staged backend on the staged Node (a copy of this
 * Node), passing a lesson step. Needs `npm run build` (which `npm test` runs first).
 */
import { readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { smokeTestStagedBackend } from '../../../scripts/packaging/smoke-test.js';
import { stage } from '../../../scripts/packaging/stage.js';
import { projectRoot } from '../../support/backend.js';
import { useTempDir } from '../../support/temp-dir.js';

describe('the packaging stage', () => {
  const tempDir = useTempDir('backend-sandbox-stage-');

  it('holds a backend that passes a lesson step on its own Node and files, and an app with no dependencies', { timeout: 120_000 }, async () => {
    const staged = stage(projectRoot, join(tempDir(), 'stage'), process.execPath);
    await smokeTestStagedBackend(staged);

    const appPackage = JSON.parse(readFileSync(join(staged.appDir, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(appPackage).toMatchObject({ main: 'dist/electron/main.cjs' });
    expect(appPackage).not.toHaveProperty('dependencies');
    // app.asar has no node_modules: the main bundle may need Electron and Node's own modules only.
    const required = [...readFileSync(join(staged.appDir, 'dist', 'electron', 'main.cjs'), 'utf8').matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]!);
    expect(required.filter((name) => name !== 'electron' && !builtinModules.includes(name.replace(/^node:/, '')))).toEqual([]);

    // The smoke test can fail: a module missing from the stage is not found in the project instead.
    rmSync(join(staged.backendDir, 'node_modules', 'better-sqlite3'), { recursive: true });
    await expect(smokeTestStagedBackend(staged)).rejects.toThrow(/before it was ready[\s\S]*better-sqlite3/);
  });
});
