/** t.files against a real folder laid out like a learner's workspace, with the traps untrusted code could set. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, MAX_LISTED_ENTRIES, WorkspaceFileReader } from '../../../src-main/checks/workspace-files.js';
import { failureOf } from './failure-of.js';

let root: string;
let workspace: string;
let files: WorkspaceFileReader;

async function put(path: string, content = ''): Promise<void> {
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, content);
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'workspace-files-'));
  workspace = join(root, 'workspace');
  await put(join(root, 'secret.txt'), 'the app store');
  await put(join(workspace, 'server.ts'), "import { booksRouter } from './routes/books.js';");
  await put(join(workspace, 'models/books.ts'), 'SELECT');
  await put(join(workspace, 'routes/books.ts'), 'Router()');
  for (const other of ['lesson.db', 'lesson.db-wal', 'lesson.db-shm', 'notes.sqlite3', '.build/server.cjs', 'node_modules/x/index.js', 'models/.hidden.ts']) {
    await put(join(workspace, other), 'not source');
  }
  await symlink(join(root, 'secret.txt'), join(workspace, 'secret.ts'));
  await symlink(root, join(workspace, 'outside'), 'dir');
  await symlink(join(workspace, 'models'), join(workspace, 'loop'), 'dir');
  await symlink(join(workspace, 'models/books.ts'), join(workspace, 'alias.ts'));
  await symlink(join(workspace, 'lesson.db'), join(workspace, 'db-alias.ts'));
  await put(join(workspace, 'big.ts'));
  await truncate(join(workspace, 'big.ts'), MAX_FILE_BYTES + 1);
  await put(join(workspace, 'just-fits.ts'));
  await truncate(join(workspace, 'just-fits.ts'), MAX_FILE_BYTES);
  files = new WorkspaceFileReader(workspace);
});

afterAll(() => rm(root, { recursive: true, force: true }));

describe('t.files.list', () => {
  it('lists the source files with relative, forward-slash paths, sorted; no database, node_modules, dot-folders or links', () => {
    expect(files.list()).toEqual(['big.ts', 'just-fits.ts', 'models/books.ts', 'routes/books.ts', 'server.ts']);
  });

  it('fails the check, instead of walking on, when a server filled its folder with files', async () => {
    const crowded = await mkdtemp(join(root, 'crowded-'));
    await Promise.all(Array.from({ length: MAX_LISTED_ENTRIES + 1 }, (_, i) => writeFile(join(crowded, `f${i}.ts`), '')));
    expect(failureOf(() => new WorkspaceFileReader(crowded).list())).toMatch(/more than 1000 files and folders/);
  });

  it('counts folders too, so thousands of empty ones are not walked without limit', async () => {
    const hollow = await mkdtemp(join(root, 'hollow-'));
    await Promise.all(Array.from({ length: MAX_LISTED_ENTRIES + 1 }, (_, i) => mkdir(join(hollow, `d${i}`))));
    expect(failureOf(() => new WorkspaceFileReader(hollow).list())).toMatch(/more than 1000 files and folders/);
  });
});

describe('t.files.read', () => {
  it('reads a file by its relative path, in either spelling', () => {
    expect(files.read('models/books.ts')).toBe('SELECT');
    expect(files.read('./routes/../models/books.ts')).toBe('SELECT');
  });

  it('fails for the learner when the file is missing', () => {
    expect(failureOf(() => files.read('models/book.ts'))).toBe('There is no file models/book.ts in your workspace.');
  });

  it('refuses paths outside the workspace as a mistake in the check', () => {
    for (const path of ['../secret.txt', 'models/../../secret.txt', join(root, 'secret.txt'), '..', '.']) {
      expect(() => files.read(path), path).toThrow(/give a path inside the learner's workspace/);
    }
  });

  it('refuses what is not source: the database, node_modules and dot-folders', () => {
    for (const path of ['lesson.db', 'lesson.db-wal', 'node_modules/x/index.js', '.build/server.cjs']) {
      expect(() => files.read(path), path).toThrow(/only source files can be read/);
    }
  });

  it('does not follow a link out of the workspace, but reads one that stays inside', () => {
    expect(failureOf(() => files.read('secret.ts'))).toBe('secret.ts is a link to somewhere outside your workspace; checks read only your own files.');
    expect(failureOf(() => files.read('outside/secret.txt'))).toMatch(/outside your workspace/);
    expect(files.read('alias.ts')).toBe('SELECT');
    expect(files.read('loop/books.ts')).toBe('SELECT');
  });

  it('does not follow a link inside the workspace to the database', () => {
    expect(failureOf(() => files.read('db-alias.ts'))).toBe('db-alias.ts is a link to a file that is not source code; checks read only your source files.');
  });

  it('reads a file up to the size limit and fails the check for a larger one, without reading it', () => {
    expect(files.read('just-fits.ts')).toHaveLength(MAX_FILE_BYTES);
    expect(failureOf(() => files.read('big.ts'))).toBe('big.ts is 513 KB; checks read source files of up to 512 KB.');
  });

  it('says a folder is not a file', () => {
    expect(failureOf(() => files.read('models'))).toBe('models is a folder, not a file.');
  });

  // In a child process: before O_NONBLOCK, opening a pipe nobody writes to blocked forever, and no
  // test timeout can interrupt a synchronous open.
  it('refuses a named pipe at once instead of waiting for a writer', async () => {
    const piped = await mkdtemp(join(root, 'piped-'));
    execFileSync('mkfifo', [join(piped, 'pipe.ts')]);
    const reader = pathToFileURL(join(import.meta.dirname, '../../../src-main/checks/workspace-files.ts')).href;
    const script = `const { WorkspaceFileReader } = await import(${JSON.stringify(reader)});
      try { new WorkspaceFileReader(${JSON.stringify(piped)}).read('pipe.ts'); } catch (error) { console.log(error.message); }`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(child.signal, 'the read hung on the pipe').toBeNull();
    expect(child.stdout.trim()).toBe('pipe.ts is not a regular file; checks read only your source files.');
  }, 30_000);
});
