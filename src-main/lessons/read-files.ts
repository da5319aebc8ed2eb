/** Reads the files a lesson hands to the workspace (starter/, solution/) as workspace-relative paths. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { WorkspacePathSchema } from '../contract/api.js';
import type { LessonFile } from './lesson.js';
import { LessonError } from './lesson-error.js';

async function readLessonFile(dir: string, nativePath: string): Promise<LessonFile> {
  const full = join(dir, nativePath);
  const path = nativePath.split(sep).join('/');
  const valid = WorkspacePathSchema.safeParse(path);
  if (!valid.success) throw new LessonError(full, `a workspace cannot hold this file: ${valid.error.issues[0]?.message ?? 'bad path'}`);
  return { path, content: await readFile(full, 'utf8') };
}

/** Every file under `dir` except hidden ones (.DS_Store and the like), sorted by path. */
export async function readLessonFiles(dir: string): Promise<LessonFile[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => {
    throw new LessonError(dir, 'this folder is missing');
  });
  const paths = entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)));
  const visible = paths.filter((path) => !path.split(sep).some((part) => part.startsWith('.'))).sort();
  return Promise.all(visible.map((path) => readLessonFile(dir, path)));
}
