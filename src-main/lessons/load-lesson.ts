/**
 * Loads one lesson folder:
 *
 *   lessons/<track>/<NN-lesson-slug>/
 *     lesson.md                       front matter (see schema.ts) + introduction
 *     steps/<NN-step-slug>/step.md    front matter (title, hints) + instructions
 *     steps/<NN-step-slug>/checks.ts  the step's checks
 *     starter/**                      what the learner starts from; must contain the entry file
 *     solution/**                     a correct final solution; must contain the entry file
 *     seed.sql                        creates and fills the learner's lesson database
 *     seed-2.sql                      the same tables with different data (the verifier runs on both)
 *
 * Other files are the author's own, e.g. a helper module several steps' checks import.
 * Any problem throws a LessonError naming the file to fix.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { splitFrontMatter } from './front-matter.js';
import type { Lesson, LessonFile, Step } from './lesson.js';
import { LessonError } from './lesson-error.js';
import { readLessonFiles } from './read-files.js';
import { FOLDER_NAME, LessonFrontMatterSchema, parseFrontMatter, StepFrontMatterSchema, TRACK_NAME } from './schema.js';
import { validateSeeds } from './seed.js';

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    throw new LessonError(file, 'this file is missing');
  }
}

async function requireFile(file: string): Promise<void> {
  const found = await stat(file).catch(() => undefined);
  if (!found?.isFile()) throw new LessonError(file, 'this file is missing');
}

/** Sub-folders in name order; the two-digit prefix is what orders lessons and steps. */
export async function listFolders(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
}

function requireFolderName(name: string, pattern: RegExp, dir: string, example: string): void {
  if (!pattern.test(name)) throw new LessonError(dir, `the folder name "${name}" should look like "${example}" (lowercase letters, digits and dashes)`);
}

async function loadStep(dir: string, id: string): Promise<Step> {
  requireFolderName(id, FOLDER_NAME, dir, '01-list-todos');
  const file = join(dir, 'step.md');
  const { data, body } = splitFrontMatter(await readText(file), file);
  const meta = parseFrontMatter(StepFrontMatterSchema, data, file);
  const checksFile = join(dir, 'checks.ts');
  await requireFile(checksFile);
  return { id, title: meta.title, hints: meta.hints, instructions: body, checksFile };
}

async function loadSteps(lessonDir: string): Promise<Step[]> {
  const dir = join(lessonDir, 'steps');
  const folders = await listFolders(dir).catch(() => {
    throw new LessonError(dir, 'this folder is missing');
  });
  if (folders.length === 0) throw new LessonError(dir, 'a lesson needs at least one step folder');
  return Promise.all(folders.map((id) => loadStep(join(dir, id), id)));
}

function requireEntry(files: LessonFile[], entry: string, dir: string): void {
  if (!files.some((file) => file.path === entry)) throw new LessonError(dir, `the entry file "${entry}" is missing`);
}

export async function loadLesson(lessonsDir: string, track: string, folder: string): Promise<Lesson> {
  const dir = join(lessonsDir, track, folder);
  requireFolderName(track, TRACK_NAME, join(lessonsDir, track), 'crud');
  requireFolderName(folder, FOLDER_NAME, dir, '01-first-endpoints');

  const lessonFile = join(dir, 'lesson.md');
  const { data, body } = splitFrontMatter(await readText(lessonFile), lessonFile);
  const meta = parseFrontMatter(LessonFrontMatterSchema, data, lessonFile);

  const seedFile = join(dir, 'seed.sql');
  const secondSeedFile = join(dir, 'seed-2.sql');
  const [steps, starterFiles, solutionFiles, seedSql, secondSeedSql] = await Promise.all([
    loadSteps(dir),
    readLessonFiles(join(dir, 'starter')),
    readLessonFiles(join(dir, 'solution')),
    readText(seedFile),
    readText(secondSeedFile),
  ]);
  requireEntry(starterFiles, meta.entry, join(dir, 'starter'));
  requireEntry(solutionFiles, meta.entry, join(dir, 'solution'));
  validateSeeds({ file: seedFile, sql: seedSql }, { file: secondSeedFile, sql: secondSeedSql });

  return { id: `${track}/${folder}`, track, dir, ...meta, introduction: body, steps, starterFiles, solutionFiles, seedSql, secondSeedSql };
}
