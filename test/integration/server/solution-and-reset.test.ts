/**
 * The solution endpoint and "Reset step" / "Reset lesson" on a real backend with the real first
 * lesson: real check runs record progress and snapshots, real SQLite files are read back.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckRun, LessonDetail, ProgressResponse } from '../../../src-main/contract/api.js';
import type { LessonResetResponse, SolutionResponse } from '../../../src-main/contract/solution.js';
import type { Lesson } from '../../../src-main/lessons/lesson.js';
import { useBackend, type TestBackend } from '../../support/backend.js';
import { rowCount, seededRowCount } from '../../support/lesson-db.js';
import { useTempDir } from '../../support/temp-dir.js';
import { validLesson, writeTree } from '../../support/lesson-tree.js';

const tempDir = useTempDir();
const startBackend = useBackend();
const LESSON = 'crud/01-first-endpoints';

function lessonOf(backend: TestBackend): Lesson {
  const found = backend.services.catalog.find(LESSON);
  if (!found) throw new Error(`${LESSON} is missing`);
  return found;
}

async function runChecks(backend: TestBackend, stepId: string): Promise<CheckRun> {
  const res = await backend.api(`/api/lessons/${LESSON}/checks`, { method: 'POST', body: JSON.stringify({ stepId }) });
  expect(res.status).toBe(200);
  return (await res.json()) as CheckRun;
}

async function reset(backend: TestBackend, what: 'step' | 'lesson', stepId?: string): Promise<LessonResetResponse> {
  const body = what === 'step' ? JSON.stringify({ stepId }) : undefined;
  const res = await backend.api(`/api/lessons/${LESSON}/reset-${what}`, { method: 'POST', body });
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as LessonResetResponse;
}

async function serverFile(backend: TestBackend): Promise<string> {
  const detail = (await (await backend.api(`/api/lessons/${LESSON}`)).json()) as LessonDetail;
  return detail.files.find((file) => file.path === 'server.ts')!.content;
}

async function passedSteps(backend: TestBackend): Promise<string[]> {
  const { progress } = (await (await backend.api('/api/progress')).json()) as ProgressResponse;
  return progress.filter((p) => p.lessonId === LESSON).map((p) => p.stepId).sort();
}

/** Adds a row the seed does not have, as a learner's test request would. */
function addTodo(backend: TestBackend): void {
  const db = new Database(backend.services.workspaces.databasePathFor(lessonOf(backend)));
  try {
    db.prepare('INSERT INTO todos (title) VALUES (?)').run('a row the seed does not have');
  } finally {
    db.close();
  }
}

function expectSeededDatabase(backend: TestBackend): void {
  const lesson = lessonOf(backend);
  expect(rowCount(backend.services.workspaces.databasePathFor(lesson), 'todos')).toBe(seededRowCount(lesson.seedSql, 'todos'));
}

describe('the solution', () => {
  it('is served on request only, never inside the lesson detail', async () => {
    const backend = await startBackend(tempDir());
    const solution = lessonOf(backend).solutionFiles[0]!;

    const res = await backend.api(`/api/lessons/${LESSON}/solution`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as SolutionResponse).files).toEqual([{ path: solution.path, content: solution.content }]);

    const detail = await (await backend.api(`/api/lessons/${LESSON}`)).text();
    expect(detail).not.toContain(JSON.stringify(solution.content).slice(1, -1));
    expect((await backend.api('/api/lessons/crud/no-such-lesson/solution')).status).toBe(404);
  });


  it('lets the learner add a file only the solution has, and a lesson reset takes it away again', async () => {
    const lessonsDir = join(tempDir(), 'lessons');
    await writeTree(join(lessonsDir, 'basics', '01-split'), { ...validLesson(), 'solution/db.ts': '// the database module\n' });
    const backend = await startBackend(tempDir(), lessonsDir);
    const paths = async () => ((await (await backend.api('/api/lessons/basics/01-split')).json()) as LessonDetail).files.map((f) => f.path);
    expect(await paths()).toEqual(['server.ts']);

    expect((await backend.putDraft('basics/01-split', 'db.ts', '// the database module\n')).status).toBe(204);
    expect((await backend.putDraft('basics/01-split', 'other.ts', '// not the lesson’s\n')).status).toBe(404);
    expect(await paths()).toEqual(['server.ts', 'db.ts']);

    const res = await backend.api('/api/lessons/basics/01-split/reset-lesson', { method: 'POST' });
    expect(((await res.json()) as LessonResetResponse).files.map((f) => f.path)).toEqual(['server.ts']);
  });
});

describe('resetting', () => {
  it('puts the whole lesson back to its starter, clears its progress and re-seeds its database', async () => {
    const backend = await startBackend(tempDir());
    const lesson = lessonOf(backend);
    const solution = lesson.solutionFiles[0]!;
    await backend.putDraft(LESSON, solution.path, solution.content);
    expect((await runChecks(backend, lesson.steps.at(-1)!.id)).passed).toBe(true);
    expect(backend.services.learnerServers.get(LESSON)).toBeDefined();
    addTodo(backend);

    const answer = await reset(backend, 'lesson');

    expect(answer.files).toEqual(lesson.starterFiles.map(({ path, content }) => ({ path, content })));
    expect(answer.progress).toEqual([]);
    expect(backend.services.store.drafts.forLesson(LESSON).size).toBe(0);
    expect(await passedSteps(backend)).toEqual([]);
    for (const step of lesson.steps) expect(backend.services.store.snapshots.forStep(LESSON, step.id)).toBeUndefined();
    expectSeededDatabase(backend);
    expect(backend.services.learnerServers.get(LESSON)).toBeUndefined();
  });

  it('puts a step back to the files it began with, keeping the earlier steps passed', async () => {
    const backend = await startBackend(tempDir());
    const [first, second, third] = lessonOf(backend).steps;
    const solution = lessonOf(backend).solutionFiles[0]!.content;

    // Step 1 passes for the first time: step 2 begins with these files.
    await backend.putDraft(LESSON, 'server.ts', solution);
    expect((await runChecks(backend, first!.id)).passed).toBe(true);
    // Work during step 2, which then passes: step 3 begins with that.
    const duringStep2 = `${solution}\n// worked on step 2\n`;
    await backend.putDraft(LESSON, 'server.ts', duringStep2);
    expect((await runChecks(backend, second!.id)).passedSteps).toEqual([first!.id, second!.id]);
    // Passing step 1 again does not move where step 2 began.
    expect((await runChecks(backend, first!.id)).passed).toBe(true);
    expect(backend.services.store.snapshots.forStep(LESSON, second!.id)).toEqual([{ path: 'server.ts', content: solution }]);
    expect(backend.services.store.snapshots.forStep(LESSON, third!.id)).toEqual([{ path: 'server.ts', content: duringStep2 }]);
    await backend.putDraft(LESSON, 'server.ts', `${duringStep2}// half-way through step 3\n`);
    addTodo(backend);

    const answer = await reset(backend, 'step', second!.id);

    expect(answer.files).toEqual([{ path: 'server.ts', content: solution }]);
    expect(await serverFile(backend)).toBe(solution);
    expect(answer.progress.map((p) => p.stepId)).toEqual([first!.id]);
    expect(await passedSteps(backend)).toEqual([first!.id]);
    // Step 2 still begins where it did; step 3 begins again when step 2 passes again.
    expect(backend.services.store.snapshots.forStep(LESSON, second!.id)).toEqual([{ path: 'server.ts', content: solution }]);
    expect(backend.services.store.snapshots.forStep(LESSON, third!.id)).toBeUndefined();
    expectSeededDatabase(backend);
    expect(backend.services.learnerServers.get(LESSON)).toBeUndefined();

    // The first step begins at the starter.
    const firstAgain = await reset(backend, 'step', first!.id);
    expect(firstAgain.files).toEqual([{ path: 'server.ts', content: lessonOf(backend).starterFiles[0]!.content }]);
    expect(firstAgain.progress).toEqual([]);
    expect(backend.services.store.drafts.forLesson(LESSON).size).toBe(0);
  }, 30_000);

  it('refuses to reset a later step whose starting point was never recorded, and keeps the code', async () => {
    const backend = await startBackend(tempDir());
    const [first, second, third] = lessonOf(backend).steps;
    await backend.putDraft(LESSON, 'server.ts', '// my own work\n');
    // Steps passed before snapshots existed (an app store from before migration 2) have none.
    backend.services.store.progress.markPassed(LESSON, first!.id);
    backend.services.store.progress.markPassed(LESSON, second!.id);
    const res = await backend.api(`/api/lessons/${LESSON}/reset-step`, { method: 'POST', body: JSON.stringify({ stepId: third!.id }) });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: string }).error).toMatch(/no record of your code as it was when step 3 began.*Use Reset lesson/);
    expect(await serverFile(backend)).toBe('// my own work\n');
    expect(await passedSteps(backend)).toEqual([first!.id, second!.id]);
  });

  it('puts the first step back to the starter, which is where it always begins', async () => {
    const backend = await startBackend(tempDir());
    await backend.putDraft(LESSON, 'server.ts', '// my own start\n');
    const answer = await reset(backend, 'step', lessonOf(backend).steps[0]!.id);
    expect(answer.files[0]!.content).toBe(lessonOf(backend).starterFiles[0]!.content);
  });

  it('answers an unknown step with 404 and a bad body with 400, changing nothing', async () => {
    const backend = await startBackend(tempDir());
    await backend.putDraft(LESSON, 'server.ts', '// kept\n');
    const unknown = await backend.api(`/api/lessons/${LESSON}/reset-step`, { method: 'POST', body: JSON.stringify({ stepId: 'nope' }) });
    expect(unknown.status).toBe(404);
    const bad = await backend.api(`/api/lessons/${LESSON}/reset-step`, { method: 'POST', body: JSON.stringify({ step: 1 }) });
    expect(bad.status).toBe(400);
    expect((await backend.api('/api/lessons/crud/no-such-lesson/reset-lesson', { method: 'POST' })).status).toBe(404);
    expect(await serverFile(backend)).toBe('// kept\n');
  });
});
