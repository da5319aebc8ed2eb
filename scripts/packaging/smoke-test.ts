/**
 * Runs the staged backend the way the packaged app will — its own Node, its own files, a fresh
 * data folder — and passes the first lesson step with the lesson's solution. That proves, before
 * anything is packed, that the shipped Node loads the native module (in the backend, the
 * learner's process and the SQL console's), and that esbuild's binary came along. The stage must
 * lie outside the project, or a module missing from it would quietly resolve from the project's
 * node_modules.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtFiles } from '../../src-main/launcher/built-files.js';
import { launchBackend, type RunningBackend } from '../../src-main/launcher/backend-launcher.js';
import type { StagedApp } from './stage.js';

const LESSON = 'crud/01-first-endpoints';
const STEP = '01-list-todos';

export async function smokeTestStagedBackend(staged: StagedApp): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'backend-sandbox-smoke-'));
  const backend = await launchBackend({ nodePath: staged.nodePath, backendEntry: builtFiles(staged.backendDir).backend, dataDir, readyTimeoutMs: 30_000 });
  try {
    await expectStatus(backend, 'GET', '/', 200);
    const solution = readFileSync(join(staged.backendDir, 'lessons', LESSON, 'solution', 'server.ts'), 'utf8');
    await expectStatus(backend, 'PUT', `/api/lessons/${LESSON}/files/server.ts`, 204, { content: solution });
    const run = (await (await expectStatus(backend, 'POST', `/api/lessons/${LESSON}/checks`, 200, { stepId: STEP })).json()) as { passed: boolean };
    if (!run.passed) throw new Error(`The staged backend ran ${LESSON} step ${STEP} with its solution and the checks failed: ${JSON.stringify(run)}`);
    // The SQL console runs in a process of its own, from the runner shipped beside the bundle.
    const sql = (await (await expectStatus(backend, 'POST', `/api/lessons/${LESSON}/database/sql`, 200, { sql: 'SELECT 1' })).json()) as { ok: boolean };
    if (!sql.ok) throw new Error(`The staged backend's SQL console could not run SELECT 1: ${JSON.stringify(sql)}`);
  } finally {
    await backend.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function expectStatus(backend: RunningBackend, method: string, path: string, status: number, body?: unknown): Promise<Response> {
  const response = await fetch(new URL(path, backend.url), {
    method,
    headers: { authorization: `Bearer ${backend.token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status !== status) throw new Error(`The staged backend answered ${method} ${path} with ${response.status}: ${await response.text()}`);
  return response;
}
