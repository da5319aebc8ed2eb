/**
 * `t.files`: the learner's source files, read-only, for checks about how code is organised, which
 * no request over HTTP can see ("server.ts no longer holds SQL"). The workspace is written to by
 * untrusted code, so every read stays inside it: paths that climb out are refused, symbolic links
 * are never listed and never followed outside, and the size of a file and of the listing is bounded.
 * What is not source is left out: the lesson's SQLite files, node_modules, and dot-files and
 * dot-folders such as the sandbox's `.build`.
 */
import { closeSync, constants, fstatSync, opendirSync, openSync, readSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { CheckFailure } from './check-failure.js';
import type { WorkspaceFiles } from './tester-api.js';

/** Far above any lesson's source file; a learner's server that writes a huge file cannot stall a check. */
export const MAX_FILE_BYTES = 512 * 1024;
/**
 * A lesson has a handful of files and folders; a server that fills its workspace with thousands is
 * told so. Folders count too: thousands of empty ones would otherwise be walked without limit.
 */
export const MAX_LISTED_ENTRIES = 1000;

const DATABASE_FILE = /\.(db|sqlite3?)(-wal|-shm|-journal)?$/i;

/** Whether a workspace-relative path (with `/`) is one the learner would call their source. */
function isSourcePath(path: string): boolean {
  const parts = path.split('/');
  const name = parts.at(-1) ?? '';
  return !parts.some((part) => part.startsWith('.') || part === 'node_modules') && !DATABASE_FILE.test(name);
}

function climbsOut(rel: string): boolean {
  return rel === '..' || rel.startsWith(`..${sep}`) || rel.startsWith('../') || isAbsolute(rel);
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !climbsOut(rel);
}

export class WorkspaceFileReader implements WorkspaceFiles {
  constructor(private readonly workspaceDir: string) {}

  list(): string[] {
    const found: string[] = [];
    this.walk('', found, { entries: 0 });
    return found.sort();
  }

  read(path: string): string {
    const rel = this.checkedPath(path);
    const root = realpathSync(this.workspaceDir);
    let real: string;
    try {
      real = realpathSync(join(root, rel));
    } catch {
      throw new CheckFailure(`There is no file ${rel} in your workspace.`);
    }
    if (!isInside(root, real)) throw new CheckFailure(`${rel} is a link to somewhere outside your workspace; checks read only your own files.`);
    // A link inside the workspace still must not lead to what is not source, such as the database.
    if (!isSourcePath(relative(root, real).split(sep).join('/'))) throw new CheckFailure(`${rel} is a link to a file that is not source code; checks read only your source files.`);
    return readBounded(real, rel);
  }

  /** A workspace-relative path with `/`, or an error for the author when it could never be a source file. */
  private checkedPath(path: string): string {
    const rel = relative(this.workspaceDir, resolve(this.workspaceDir, path)).split(sep).join('/');
    if (isAbsolute(path) || rel === '' || climbsOut(rel)) {
      throw new Error(`t.files.read("${path}"): give a path inside the learner's workspace, relative to it, e.g. "models/books.ts".`);
    }
    if (!isSourcePath(rel)) throw new Error(`t.files.read("${path}"): only source files can be read, not the database, node_modules or dot-folders.`);
    return rel;
  }

  /** Every entry counts, even one left out, and entries are read one at a time: a huge folder stops the walk early. */
  private walk(dir: string, found: string[], seen: { entries: number }): void {
    const folder = opendirSync(join(this.workspaceDir, dir));
    try {
      for (let entry = folder.readSync(); entry !== null; entry = folder.readSync()) {
        if (++seen.entries > MAX_LISTED_ENTRIES) {
          throw new CheckFailure(`Your workspace holds more than ${MAX_LISTED_ENTRIES} files and folders; does your server write into it? Delete what it wrote and run the checks again.`);
        }
        const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
        // Symbolic links are never followed: a link may point anywhere, even at its own folder.
        if (entry.isSymbolicLink() || !isSourcePath(path)) continue;
        if (entry.isDirectory()) this.walk(path, found, seen);
        else if (entry.isFile()) found.push(path);
      }
    } finally {
      folder.closeSync();
    }
  }
}

/**
 * Reads at most MAX_FILE_BYTES, from the file itself. O_NOFOLLOW refuses a file swapped for a link
 * after the check above (only the last part of the path: a folder swapped for a link in that
 * instant is not caught). O_NONBLOCK keeps a named pipe from stalling the check, and with it the
 * whole backend, until something writes to it; fstat then refuses it as not a file.
 */
function readBounded(realPath: string, rel: string): string {
  const fd = openSync(realPath, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new CheckFailure(`${rel} is a folder, not a file.`);
    if (!stats.isFile()) throw new CheckFailure(`${rel} is not a regular file; checks read only your source files.`);
    if (stats.size > MAX_FILE_BYTES) {
      throw new CheckFailure(`${rel} is ${Math.ceil(stats.size / 1024)} KB; checks read source files of up to ${MAX_FILE_BYTES / 1024} KB.`);
    }
    // One byte more than allowed: reading it means the file grew since fstat.
    const buffer = Buffer.alloc(MAX_FILE_BYTES + 1);
    let length = 0;
    let read: number;
    do {
      read = readSync(fd, buffer, length, buffer.length - length, null);
      length += read;
    } while (read > 0 && length < buffer.length);
    if (length > MAX_FILE_BYTES) throw new CheckFailure(`${rel} grew past ${MAX_FILE_BYTES / 1024} KB while it was read.`);
    return buffer.toString('utf8', 0, length);
  } finally {
    closeSync(fd);
  }
}
