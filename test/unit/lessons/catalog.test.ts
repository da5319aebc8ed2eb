import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCatalog, toCatalogResponse, toLessonDetail, toLessonSummary } from '../../../src-main/lessons/catalog.js';
import { makeLessonsDir, validLesson, writeTree, type Tree } from '../../support/lesson-tree.js';

const repoLessons = join(import.meta.dirname, '../../../lessons');

let lessonsDir: string;
afterEach(async () => {
  if (lessonsDir) await rm(dirname(lessonsDir), { recursive: true, force: true });
});

async function catalogOf(lessons: Record<string, Tree>) {
  lessonsDir = await makeLessonsDir();
  for (const [id, tree] of Object.entries(lessons)) await writeTree(join(lessonsDir, id), tree);
  return loadCatalog(lessonsDir);
}

describe('loadCatalog', () => {
  it('loads a lesson with its front matter, steps, files and seed', async () => {
    const catalog = await catalogOf({ 'crud/01-basics': validLesson('Basics') });
    expect(catalog.broken).toEqual([]);
    const lesson = catalog.find('crud/01-basics')!;
    expect(lesson).toMatchObject({
      id: 'crud/01-basics',
      track: 'crud',
      dir: join(lessonsDir, 'crud/01-basics'),
      title: 'Basics',
      summary: 'Learn a thing.',
      minutes: 10,
      objectives: ['Do the thing'],
      concepts: [],
      introduction: 'Welcome!',
      entry: 'server.ts',
      starterFiles: [{ path: 'server.ts', content: '// starter\n' }],
      solutionFiles: [{ path: 'server.ts', content: '// solution\n' }],
      seedSql: 'CREATE TABLE things (id INTEGER PRIMARY KEY);\nINSERT INTO things VALUES (1);\n',
      secondSeedSql: 'CREATE TABLE things (id INTEGER PRIMARY KEY);\nINSERT INTO things VALUES (7);\n',
    });
    expect(lesson.steps).toEqual([
      { id: '01-first', title: 'First step', instructions: 'Do this first.', hints: ['Look closer'], checksFile: join(lesson.dir, 'steps/01-first/checks.ts') },
      { id: '02-second', title: 'Second step', instructions: 'Then this.', hints: [], checksFile: join(lesson.dir, 'steps/02-second/checks.ts') },
    ]);
  });

  it('orders tracks by teaching order, then lessons and steps by folder name', async () => {
    const catalog = await catalogOf({
      'zebra/01-z': validLesson(),
      'extra/01-e': validLesson(),
      'rate-limiting/01-r': validLesson(),
      'websockets/01-w': validLesson(),
      'security/01-s': validLesson(),
      'crud/02-second': validLesson(),
      'crud/01-first': validLesson(),
    });
    expect(catalog.lessons.map((lesson) => lesson.id)).toEqual([
      'crud/01-first',
      'crud/02-second',
      'security/01-s',
      'websockets/01-w',
      'rate-limiting/01-r',
      'extra/01-e',
      'zebra/01-z',
    ]);
  });

  it('keeps nested starter files with forward-slash paths and skips hidden files', async () => {
    const catalog = await catalogOf({
      'crud/01-a': { ...validLesson(), 'starter/routes/todos.ts': 'export {};\n', 'starter/.DS_Store': 'junk' },
    });
    expect(catalog.lessons[0]!.starterFiles.map((file) => file.path)).toEqual(['routes/todos.ts', 'server.ts']);
  });

  const broken: [string, Tree, string, RegExp][] = [
    ['a missing lesson.md', { 'lesson.md': null }, 'lesson.md', /^this file is missing$/],
    ['lesson.md without front matter', { 'lesson.md': '# Hi' }, 'lesson.md', /has no front matter/],
    ['invalid YAML', { 'lesson.md': '---\ntitle: [oops\n---\n' }, 'lesson.md', /not valid YAML/],
    [
      'missing and mistyped fields',
      { 'lesson.md': '---\nsummary: S\nobjectives: [O]\nminutes: soon\n---\n' },
      'lesson.md',
      /^invalid front matter: title: .+; minutes: /,
    ],
    ['a misspelt key', { 'lesson.md': '---\ntitle: T\nsummary: S\nobjective: [O]\nminutes: 5\n---\n' }, 'lesson.md', /Unrecognized key.*objective/],
    ['a step without a title', { 'steps/01-first/step.md': '---\nhints: []\n---\nBody' }, 'steps/01-first/step.md', /^invalid front matter: title: /],
    ['a step without checks', { 'steps/02-second/checks.ts': null }, 'steps/02-second/checks.ts', /^this file is missing$/],
    ['a badly named step folder', { 'steps/third/step.md': '---\ntitle: T\n---\n' }, 'steps/third', /should look like "01-list-todos"/],
    ['no starter entry file', { 'starter/server.ts': null, 'starter/app.ts': '' }, 'starter', /the entry file "server.ts" is missing/],
    ['a starter file the workspace cannot hold', { 'starter/my notes.txt': 'x' }, 'starter/my notes.txt', /a workspace cannot hold this file/],
    ['seed SQL that does not run', { 'seed.sql': 'CREATE TABEL oops;' }, 'seed.sql', /^the SQL does not run: .*syntax error/],
    ['a missing second seed', { 'seed-2.sql': null }, 'seed-2.sql', /^this file is missing$/],
    ['a second seed that does not run', { 'seed-2.sql': 'INSERT INTO nowhere VALUES (1);' }, 'seed-2.sql', /^the SQL does not run: no such table: nowhere/],
    [
      'a second seed with other tables',
      { 'seed-2.sql': 'CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT);\nINSERT INTO things VALUES (7, null);\n' },
      'seed-2.sql',
      /must create the same tables and columns as seed.sql/,
    ],
    [
      'a second seed with the same data',
      { 'seed-2.sql': '-- a copy\nCREATE TABLE things (id INTEGER PRIMARY KEY);\nINSERT INTO things VALUES (1);\n' },
      'seed-2.sql',
      /holds the same data as seed.sql/,
    ],
  ];

  it.each(broken)('reports %s as a broken lesson and still loads the others', async (_case, changes, file, reason) => {
    const catalog = await catalogOf({ 'crud/01-good': validLesson(), 'crud/02-broken': { ...validLesson(), ...changes } });
    expect(catalog.lessons.map((lesson) => lesson.id)).toEqual(['crud/01-good']);
    expect(catalog.broken).toEqual([{ id: 'crud/02-broken', file: `lessons/crud/02-broken/${file}`, reason: expect.stringMatching(reason) }]);
    expect(catalog.find('crud/02-broken')).toBeUndefined();
  });

  it('fails loudly only when the lessons folder itself is missing', async () => {
    await expect(loadCatalog(join(import.meta.dirname, 'no-such-folder'))).rejects.toThrow(/^Could not read the lessons folder .*no-such-folder: ENOENT/);
  });

  it('reports a lesson without steps', async () => {
    const tree = Object.fromEntries(Object.entries(validLesson()).filter(([path]) => !path.startsWith('steps/')));
    const catalog = await catalogOf({ 'crud/01-none': tree });
    expect(catalog.broken).toEqual([{ id: 'crud/01-none', file: 'lessons/crud/01-none/steps', reason: 'this folder is missing' }]);
  });

  it('reports badly named lesson and track folders', async () => {
    const catalog = await catalogOf({ 'crud/First Lesson': validLesson(), 'Web Sockets/01-a': validLesson() });
    expect(catalog.broken.map(({ id, reason }) => ({ id, reason }))).toEqual([
      { id: 'crud/First Lesson', reason: expect.stringContaining('should look like "01-first-endpoints"') },
      { id: 'Web Sockets/01-a', reason: expect.stringContaining('should look like "crud"') },
    ]);
  });
});

describe('tracks', () => {
  it('takes title and summary from track.md, or the folder name without one, in teaching order', async () => {
    lessonsDir = await makeLessonsDir();
    await writeTree(lessonsDir, {
      'rate-limiting/01-r/.keep': '',
      'crud/track.md': '---\ntitle: CRUD and workflows\nsummary: Build an API.\n---\n',
      'crud/01-a/.keep': '',
    });
    await writeTree(join(lessonsDir, 'crud/01-a'), validLesson());
    const catalog = await loadCatalog(lessonsDir);
    expect(catalog.tracks).toEqual([
      { id: 'crud', title: 'CRUD and workflows', summary: 'Build an API.' },
      { id: 'rate-limiting', title: 'Rate limiting', summary: '' },
    ]);
  });

  it('reports an invalid track.md as broken and keeps the track and its lessons', async () => {
    const catalog = await catalogOf({ 'crud/01-a': validLesson() });
    await writeTree(lessonsDir, { 'crud/track.md': '---\ntitle: CRUD\n---\n' });
    const reloaded = await loadCatalog(lessonsDir);
    expect(catalog.broken).toEqual([]);
    expect(reloaded.lessons.map((lesson) => lesson.id)).toEqual(['crud/01-a']);
    expect(reloaded.tracks).toEqual([{ id: 'crud', title: 'Crud', summary: '' }]);
    expect(reloaded.broken).toEqual([{ id: 'crud', file: 'lessons/crud/track.md', reason: expect.stringMatching(/^invalid front matter: summary: /) }]);
  });
});

describe('catalog responses', () => {
  it('summarises lessons for the renderer and builds the detail with the learner files', async () => {
    const catalog = await catalogOf({ 'crud/01-a': validLesson('A'), 'crud/02-b': { 'lesson.md': '# no front matter' } });
    const lesson = catalog.lessons[0]!;
    const summary = { id: 'crud/01-a', track: 'crud', title: 'A', summary: 'Learn a thing.', minutes: 10, steps: [{ id: '01-first', title: 'First step' }, { id: '02-second', title: 'Second step' }] };
    expect(toLessonSummary(lesson)).toEqual(summary);
    expect(toCatalogResponse(catalog)).toEqual({
      tracks: [{ id: 'crud', title: 'Crud', summary: '' }],
      lessons: [summary],
      broken: [expect.objectContaining({ id: 'crud/02-b' })],
    });

    const files = [{ path: 'server.ts', content: '// my draft' }];
    expect(toLessonDetail(lesson, files, { status: 'running', port: 4321 })).toEqual({
      ...summary,
      objectives: ['Do the thing'],
      introduction: 'Welcome!',
      steps: [
        { id: '01-first', title: 'First step', instructions: 'Do this first.', hints: ['Look closer'] },
        { id: '02-second', title: 'Second step', instructions: 'Then this.', hints: [] },
      ],
      files,
      entry: 'server.ts',
      server: { status: 'running', port: 4321 },
    });
  });
});

describe('the repository lessons', () => {
  it('all load', async () => {
    const catalog = await loadCatalog(repoLessons);
    expect(catalog.broken).toEqual([]);
    const first = catalog.find('crud/01-first-endpoints')!;
    expect(first.steps.map((step) => step.id)).toEqual(['01-list-todos', '02-one-todo', '03-create-todo', '04-delete-todo']);
    expect(first.steps.every((step) => step.hints.length >= 2)).toBe(true);
    expect(first.starterFiles.map((file) => file.path)).toEqual(['server.ts']);
    expect(catalog.tracks[0]).toMatchObject({ id: 'crud', title: 'CRUD and business workflows' });
  });
});
