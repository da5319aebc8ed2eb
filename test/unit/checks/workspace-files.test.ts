/** t.files serves the files the learner's server was started with, from memory, and nothing else. */
import { describe, expect, it } from 'vitest';
import { SavedFiles } from '../../../src-main/checks/workspace-files.js';
import { failureOf } from './failure-of.js';

const files = new SavedFiles([
  { path: 'server.ts', content: "import { booksRouter } from './routes/books.js';" },
  { path: 'routes/books.ts', content: 'Router()' },
  { path: 'models/books.ts', content: 'SELECT' },
]);

describe('t.files.list', () => {
  it('lists the learner’s files with relative, forward-slash paths, sorted', () => {
    expect(files.list()).toEqual(['models/books.ts', 'routes/books.ts', 'server.ts']);
  });
});

describe('t.files.read', () => {
  it('reads a file by its relative path, also when written with ./ or a detour', () => {
    expect(files.read('models/books.ts')).toBe('SELECT');
    expect(files.read('./models/books.ts')).toBe('SELECT');
    expect(files.read('routes/../models/books.ts')).toBe('SELECT');
  });

  it('fails the check, for the learner, when the file is missing', () => {
    expect(failureOf(() => files.read('models/authors.ts'))).toBe('There is no file models/authors.ts in your workspace.');
  });

  it('refuses a path outside the workspace as a mistake in the check itself', () => {
    for (const path of ['../secret.ts', '/etc/passwd', 'models/../../secret.ts']) {
      expect(() => files.read(path)).toThrow(/give a path inside the learner's workspace/);
      // A plain Error, not a CheckFailure: the learner did nothing wrong.
      expect(() => failureOf(() => files.read(path))).toThrow(/give a path inside/);
    }
  });
});
