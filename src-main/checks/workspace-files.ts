/**
 * `t.files`: the learner's source files, read-only, for checks about how code is organised, which
 * no request over HTTP can see ("server.ts no longer holds SQL"). They are the very files the
 * learner's server was started with, held in memory: never the disk, where the untrusted server may
 * write what it likes and where a file the learner no longer has could linger.
 */
import { posix } from 'node:path';
import { CheckFailure } from './check-failure.js';
import type { WorkspaceFiles } from './tester-api.js';

export interface SourceFile {
  path: string;
  content: string;
}

export class SavedFiles implements WorkspaceFiles {
  private readonly byPath: ReadonlyMap<string, string>;

  constructor(files: readonly SourceFile[]) {
    this.byPath = new Map(files.map((file) => [file.path, file.content]));
  }

  list(): string[] {
    return [...this.byPath.keys()].sort();
  }

  read(path: string): string {
    const normalized = posix.normalize(path);
    if (posix.isAbsolute(normalized) || normalized === '..' || normalized.startsWith('../')) {
      throw new Error(`t.files.read("${path}"): give a path inside the learner's workspace, relative to it, e.g. "models/books.ts".`);
    }
    const content = this.byPath.get(normalized);
    if (content === undefined) throw new CheckFailure(`There is no file ${normalized} in your workspace.`);
    return content;
  }
}
