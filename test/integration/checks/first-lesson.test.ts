/**
 * The first lesson's real checks against its real starter and solution, run as learner servers:
 * the solution passes every step (on the seed and on a differently seeded database), the starter
 * fails every step, and each common mistake is caught by the check meant to catch it.
 */
import Database from 'better-sqlite3';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../src-main/contract/api.js';
import { runChecks } from '../../../src-main/checks/runner.js';
import { loadCatalog } from '../../../src-main/lessons/catalog.js';
import type { Lesson } from '../../../src-main/lessons/lesson.js';
import { startLearnerServer } from './learner-process.js';

const OTHER_SEED = "DELETE FROM todos; INSERT INTO todos (title, done) VALUES ('Learn SQL joins', 0), ('Plan the trip', 1), ('Call grandma', 0);";

let lesson: Lesson;
let solution: string;
let starter: string;
let workDir: string;

beforeAll(async () => {
  const catalog = await loadCatalog(join(import.meta.dirname, '../../../lessons'));
  lesson = catalog.find('crud/01-first-endpoints')!;
  solution = await readFile(join(lesson.dir, 'solution/server.ts'), 'utf8');
  starter = await readFile(join(lesson.dir, 'starter/server.ts'), 'utf8');
  workDir = await mkdtemp(join(tmpdir(), 'first-lesson-'));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

let databases = 0;
function seededDatabase(extraSql = ''): string {
  const path = join(workDir, `lesson-${++databases}.db`);
  const db = new Database(path);
  db.exec(lesson.seedSql + extraSql);
  db.close();
  return path;
}

function readTodos(databasePath: string): { id: number; title: string; done: number }[] {
  const db = new Database(databasePath, { readonly: true });
  try {
    return db.prepare('SELECT id, title, done FROM todos ORDER BY id').all() as { id: number; title: string; done: number }[];
  } finally {
    db.close();
  }
}

/** Starts `source` on `databasePath` and runs every step's checks `runs` times against that one server and database. */
async function checkServerRuns(source: string, databasePath: string, runs: number): Promise<CheckResult[][]> {
  const server = await startLearnerServer(source, { databasePath, workDir, resolveDir: join(lesson.dir, 'solution') });
  try {
    const steps = lesson.steps.map((step) => ({ stepId: step.id, checksFile: step.checksFile }));
    const outcomes: CheckResult[][] = [];
    for (let run = 0; run < runs; run++) outcomes.push((await runChecks({ baseUrl: server.baseUrl, databasePath, files: [{ path: 'server.ts', content: source }], steps, onResult: () => undefined })).results);
    return outcomes;
  } finally {
    await server.stop();
  }
}

async function checkServer(source: string, extraSql = ''): Promise<CheckResult[]> {
  const [results] = await checkServerRuns(source, seededDatabase(extraSql), 1);
  return results!;
}

/** The solution with one piece of code swapped, as a learner might have written it. */
function mutate(source: string, from: string | RegExp, to: string): string {
  const changed = source.replace(from, to);
  if (changed === source) throw new Error(`the solution no longer contains ${String(from)}`);
  return changed;
}

const failures = (results: CheckResult[]) => Object.fromEntries(results.filter((r) => r.status === 'failed').map((r) => [r.id, r.message]));
const ids = (results: CheckResult[], stepId: string) => results.filter((r) => r.stepId === stepId).map((r) => r.id);

describe('crud/01-first-endpoints', () => {
  it('the solution passes every check of every step', async () => {
    const results = await checkServer(solution);
    expect(failures(results)).toEqual({});
    expect(results.map((r) => r.id)).toHaveLength(15);
  });

  it('the solution passes on a differently seeded database too', async () => {
    expect(failures(await checkServer(solution, OTHER_SEED))).toEqual({});
  });

  it('the solution passes again and again on the same database, and the sample todos stay', async () => {
    const databasePath = seededDatabase();
    const samples = readTodos(databasePath);
    const runs = await checkServerRuns(solution, databasePath, 3);
    for (const results of runs) expect(failures(results)).toEqual({});
    // The checks delete only todos they created themselves.
    const left = readTodos(databasePath);
    expect(left.filter((todo) => samples.some((sample) => sample.id === todo.id))).toEqual(samples);
  });

  it('the starter fails every check, saying what went wrong', async () => {
    const results = await checkServer(starter);
    expect(results.every((r) => r.status === 'failed')).toBe(true);
    const messages = failures(results);
    expect(messages['01-list-todos/0']).toMatch(/^GET \/todos answered 404 Not Found, expected 200 OK\. That is Express's own "not found" answer/);
    expect(messages['02-one-todo/1']).toMatch(/^GET \/todos\/\d+ answered with a body that is not JSON: "<!DOCTYPE html>/);
    expect(messages['03-create-todo/0']).toMatch(/^POST \/todos answered 404 Not Found, expected 201 Created\./);
    expect(messages['03-create-todo/2']).toMatch(/^POST \/todos answered 404 Not Found, expected 400 Bad Request\./);
    expect(results.every((r) => r.exchanges.length > 0 && r.exchanges.every((e) => e.kind === 'http' && e.curl.startsWith('curl -i ')))).toBe(true);
  });

  it("each step's starting point fails that step and passes the ones before", async () => {
    const withoutDelete = mutate(solution, /app\.delete\('\/todos\/:id'[\s\S]*?\n\}\);\n/, '');
    const withoutCreate = mutate(withoutDelete, /app\.post\('\/todos'[\s\S]*?\n\}\);\n/, '');
    const withoutFind = mutate(withoutCreate, /app\.get\('\/todos\/:id'[\s\S]*?\n\}\);\n/, '');
    const [step1, step2, step3, step4] = lesson.steps.map((step) => step.id) as [string, string, string, string];
    const all = await checkServer(solution);
    const failedIn = (failed: string[], stepId: string) => failed.filter((id) => id.startsWith(`${stepId}/`));

    const beforeStep4 = Object.keys(failures(await checkServer(withoutDelete)));
    expect(beforeStep4).toEqual(ids(all, step4));

    // Step 4's checks make their todos through POST /todos, so without it they fail too.
    const beforeStep3 = Object.keys(failures(await checkServer(withoutCreate)));
    expect([...failedIn(beforeStep3, step1), ...failedIn(beforeStep3, step2)]).toEqual([]);
    expect(failedIn(beforeStep3, step3)).toEqual(ids(all, step3));

    const beforeStep2 = Object.keys(failures(await checkServer(withoutFind)));
    expect(failedIn(beforeStep2, step1)).toEqual([]);
    expect(failedIn(beforeStep2, step2)).toEqual(ids(all, step2));
  });

  const mistakes: [string, string, string | RegExp, string, Record<string, RegExp>][] = [
    [
      'sends text instead of JSON',
      '',
      'res.json(todos);',
      'res.send(JSON.stringify(todos));',
      { '01-list-todos/0': /^GET \/todos answered with content-type: text\/html; charset=utf-8, expected it containing "application\/json"\.$/ },
    ],
    [
      'hard-codes the list (caught on a differently seeded database)',
      OTHER_SEED,
      /const todos = db[^;]+;/,
      "const todos = [{ id: 1, title: 'Buy oat milk', done: 1 }, { id: 2, title: 'Book the dentist', done: 0 }, { id: 3, title: 'Read the Express guide', done: 0 }];",
      { '01-list-todos/1': /^GET \/todos should answer with every todo in the database, but:\n {2}- \[0\]\.title is "Buy oat milk", expected "Learn SQL joins"/ },
    ],
    [
      'hard-codes the list (caught on the seed by the new todo)',
      '',
      /const todos = db[^;]+;/,
      "const todos = [{ id: 1, title: 'Buy oat milk', done: 1 }, { id: 2, title: 'Book the dentist', done: 0 }, { id: 3, title: 'Read the Express guide', done: 0 }, { id: 4, title: 'Fix the squeaky door', done: 0 }, { id: 5, title: 'Send the parcel to Sam', done: 1 }];",
      { '03-create-todo/1': /^GET \/todos does not list the new todo \d+\. Does it read the todos from the database\?$/ },
    ],
    [
      'answers 200 for a missing todo',
      '',
      /\n {2}if \(!todo\) \{[\s\S]*?\n {2}\}/,
      '',
      { '02-one-todo/1': /^GET \/todos\/\d+ answered 200 OK, expected 404 Not Found\.$/ },
    ],
    [
      'answers 200 instead of 201',
      '',
      'res.status(201).json(todo);',
      'res.json(todo);',
      { '03-create-todo/0': /^POST \/todos answered 200 OK, expected 201 Created\.$/ },
    ],
    [
      'pretends to save',
      '',
      /const todo = db\.prepare\('INSERT[^;]+;/,
      'const todo = { id: 999, title, done: 0 };',
      { '03-create-todo/1': /^POST \/todos answered with id 999, but the todos table has no row with that id\. Did the INSERT run\?$/ },
    ],
    [
      'accepts an empty title',
      '',
      "typeof title !== 'string' || title.trim() === ''",
      'title === undefined',
      { '03-create-todo/3': /^POST \/todos answered 201 Created, expected 400 Bad Request\.$/ },
    ],
    [
      'only checks that the title is truthy',
      '',
      "typeof title !== 'string' || title.trim() === ''",
      '!title',
      // 42 then reaches title.trim() and the route throws: a 500, still not the 400 the check wants.
      { '03-create-todo/3': /answered 201 Created, expected 400 Bad Request/, '03-create-todo/4': /answered 500 Internal Server Error, expected 400 Bad Request/ },
    ],
    [
      'does not check the title at all',
      '',
      /if \(typeof title[\s\S]*?return;\n {2}\}/,
      '',
      { '03-create-todo/2': /^POST \/todos answered 500 Internal Server Error, expected 400 Bad Request\. A 500 usually means the route threw/ },
    ],
    [
      'saves before refusing',
      '',
      "res.status(400).json({ error: 'title must be a non-empty string' });",
      "db.prepare('INSERT INTO todos (title) VALUES (?)').run(String(title)); res.status(400).json({ error: 'no' });",
      { '03-create-todo/2': /^POST \/todos answered 400 for a body without a title, but a todo was saved anyway\./ },
    ],
  ];

  it.each(mistakes)('catches a server that %s', async (_mistake, extraSql, from, to, expected) => {
    const messages = failures(await checkServer(mutate(solution, from, to), extraSql));
    for (const [id, message] of Object.entries(expected)) expect(messages[id], id).toMatch(message);
  });
});
