/**
 * Run checks through the API, as the page does: a real backend, the real first lesson, the
 * learner's drafts run as a real sandboxed server, events on the real socket.
 */
import { describe, expect, it } from 'vitest';
import type { CheckRun, LessonCatalog, ProgressResponse } from '../../../src-main/contract/api.js';
import { useBackend, type TestBackend } from '../../support/backend.js';
import { rowCount, seededRowCount } from '../../support/lesson-db.js';
import { listenToEvents } from '../../support/events.js';
import { useTempDir } from '../../support/temp-dir.js';

const tempDir = useTempDir();
const startBackend = useBackend();
const LESSON = 'crud/01-first-endpoints';

async function runChecks(backend: TestBackend, stepId: string, lessonId = LESSON): Promise<CheckRun> {
  const res = await backend.api(`/api/lessons/${lessonId}/checks`, { method: 'POST', body: JSON.stringify({ stepId }) });
  expect(res.status).toBe(200);
  return (await res.json()) as CheckRun;
}

function lesson(backend: TestBackend, lessonId = LESSON) {
  const found = backend.services.catalog.find(lessonId);
  if (!found) throw new Error(`${lessonId} is missing`);
  return found;
}

async function useSolution(backend: TestBackend, lessonId = LESSON): Promise<void> {
  for (const file of lesson(backend, lessonId).solutionFiles) await backend.putDraft(lessonId, file.path, file.content);
}

describe('running checks', () => {
  it('fails the starter with a reproducible message, passes the solution, and remembers the step', async () => {
    const backend = await startBackend(tempDir());
    const listener = await listenToEvents(backend);
    const { steps } = lesson(backend);
    const [firstStep, lastStep] = [steps[0], steps.at(-1)];

    const failing = await runChecks(backend, firstStep!.id);
    expect(failing.passed).toBe(false);
    const failed = failing.results.find((result) => result.status === 'failed')!;
    expect(failed.message.length).toBeGreaterThan(10);
    const [exchange] = failed.exchanges;
    expect(exchange?.kind === 'http' && exchange.curl).toMatch(/^curl .*127\.0\.0\.1/);
    expect(exchange?.kind === 'http' && exchange.response?.status).toBeTypeOf('number');

    await useSolution(backend);
    const passing = await runChecks(backend, lastStep!.id);
    expect(passing.passed, JSON.stringify(passing.results.filter((r) => r.status === 'failed'))).toBe(true);
    // The last step re-runs every earlier step's checks too.
    expect(new Set(passing.results.map((result) => result.stepId)).size).toBe(lesson(backend).steps.length);

    const progress = (await (await backend.api('/api/progress')).json()) as ProgressResponse;
    // Passing the last step proves every step before it as well.
    expect(passing.passedSteps).toEqual(lesson(backend).steps.map((step) => step.id));
    expect(progress.progress.map((p) => p.stepId).sort()).toEqual(lesson(backend).steps.map((step) => step.id).sort());

    const types = listener.events.map((event) => event.type);
    expect(types).toContain('check.started');
    expect(types.filter((type) => type === 'check.result').length).toBe(failing.results.length + passing.results.length);
    expect(types).toContain('check.finished');
    expect(listener.events).toContainEqual(expect.objectContaining({ type: 'server.status', status: 'running' }));
    expect(listener.events).toContainEqual(expect.objectContaining({ type: 'server.output', stream: 'stdout' }));
    listener.close();
  });

  it('reuses an unchanged running server and restarts it after an edit', async () => {
    const backend = await startBackend(tempDir());
    await useSolution(backend);
    const step = lesson(backend).steps[0]!.id;
    await runChecks(backend, step);
    const firstPid = backend.services.learnerServers.get(LESSON)?.pid;
    await runChecks(backend, step);
    expect(backend.services.learnerServers.get(LESSON)?.pid).toBe(firstPid);
    const entry = lesson(backend).solutionFiles.find((file) => file.path === 'server.ts')!;
    await backend.putDraft(LESSON, 'server.ts', `${entry.content}\n// an edit\n`);
    await runChecks(backend, step);
    expect(backend.services.learnerServers.get(LESSON)?.pid).not.toBe(firstPid);
  });

  it("gives the checks the learner's files as saved in the workspace (t.files)", async () => {
    const backend = await startBackend(tempDir());
    const structure = 'crud/03-structure';
    const step = lesson(backend, structure).steps[0]!.id;
    const sqlCheck = (run: CheckRun) => run.results.find((result) => result.name.startsWith('server.ts runs no SQL'));

    expect(sqlCheck(await runChecks(backend, step, structure))?.message).toMatch(/^server\.ts still runs SQL itself/);
    await useSolution(backend, structure);
    expect(sqlCheck(await runChecks(backend, step, structure))).toMatchObject({ status: 'passed' });
  });

  it('tells the learner why their server did not start, and keeps working afterwards', async () => {
    const backend = await startBackend(tempDir());
    const step = lesson(backend).steps[0]!.id;

    await backend.putDraft(LESSON, 'server.ts', 'const x = ;\n');
    const syntax = await runChecks(backend, step);
    expect(syntax.serverFailure?.reason).toBe('syntax');
    expect(syntax.serverFailure?.message).toMatch(/server\.ts:1:\d+/);

    await backend.putDraft(LESSON, 'server.ts', "import { execSync } from 'node:child_process';\nexecSync('id');\n");
    const spawn = await runChecks(backend, step);
    expect(spawn.serverFailure?.reason).toBe('crash');
    expect(spawn.serverFailure?.message).toMatch(/process/i);

    await useSolution(backend);
    expect((await runChecks(backend, step)).passed).toBe(true);
  });

  it('stops a server whose route handler loops forever', async () => {
    const backend = await startBackend(tempDir());
    const hanging = [
      "import express from 'express';",
      'const app = express();',
      "app.get('/todos', () => { for (;;) {} });",
      'app.listen(Number(process.env.PORT));',
    ].join('\n');
    await backend.putDraft(LESSON, 'server.ts', hanging);
    const run = await runChecks(backend, lesson(backend).steps[0]!.id);
    expect(run.passed).toBe(false);
    expect(run.results[0]?.message).toMatch(/did not answer/);
    // Once the server is known to be stuck, the other checks do not each wait out a timeout
    // (asserted on the verdicts, not on a wall-clock bound that a busy machine would break).
    expect(run.results.slice(1).every((result) => result.message.startsWith('Not run'))).toBe(true);
    expect(backend.services.learnerServers.get(LESSON)).toBeUndefined();
  }, 30_000);

  it('resets the lesson database to its seed, stopping the server that holds it open', async () => {
    const backend = await startBackend(tempDir());
    await useSolution(backend);
    const lastStep = lesson(backend).steps.at(-1)!;
    expect((await runChecks(backend, lastStep.id)).passed).toBe(true);
    const databasePath = backend.services.workspaces.databasePathFor(lesson(backend));
    const count = () => rowCount(databasePath, 'todos');
    const seedCount = seededRowCount(lesson(backend).seedSql, 'todos');
    expect(count()).toBeGreaterThan(seedCount); // the POST checks added todos

    const reset = await backend.api(`/api/lessons/${LESSON}/database/reset`, { method: 'POST' });
    expect(reset.status).toBe(204);
    expect(count()).toBe(seedCount);
    expect(backend.services.learnerServers.get(LESSON)).toBeUndefined();
    expect((await runChecks(backend, lastStep.id)).passed).toBe(true);
  });

  it('answers an unknown step with 404 and a bad body with 400', async () => {
    const backend = await startBackend(tempDir());
    const unknown = await backend.api(`/api/lessons/${LESSON}/checks`, { method: 'POST', body: JSON.stringify({ stepId: 'nope' }) });
    expect(unknown.status).toBe(404);
    const bad = await backend.api(`/api/lessons/${LESSON}/checks`, { method: 'POST', body: JSON.stringify({}) });
    expect(bad.status).toBe(400);
    const catalog = (await (await backend.api('/api/lessons')).json()) as LessonCatalog;
    expect(catalog.broken).toEqual([]);
  });
});
