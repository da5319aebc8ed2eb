/**
 * A wrong solution is a lesson's solution with one plausible mistake in it, kept as a small YAML
 * file of edits rather than a near-copy of the solution: the file says what the mistake is, which
 * step must catch it, and what the failing check must say so the learner can find the mistake.
 *
 * Layout: `test/fixtures/wrong-solutions/<track>/<lesson>/<mistake>.yaml`, for lesson `<track>/<lesson>`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { LessonFile } from '../../src-main/lessons/lesson.js';

const EditSchema = z.union([
  /** Replace one exact piece of a solution file; `find` must occur exactly once. */
  z.strictObject({ file: z.string(), find: z.string().min(1), replace: z.string() }),
  /** Write a whole file: a new module, or a solution file replaced outright. */
  z.strictObject({ file: z.string(), content: z.string() }),
]);

const WrongSolutionSchema = z.strictObject({
  /** The mistake, in the words a learner would use about their own code. */
  mistake: z.string().min(1),
  edits: z.array(EditSchema).min(1),
  /** The step whose checks must catch it; every earlier step must still pass. */
  failsStep: z.string().min(1),
  /** Words a failing check's message must contain (case-insensitive): the pointer to the mistake. */
  message: z.string().min(1),
});

export type WrongSolution = z.infer<typeof WrongSolutionSchema> & { lessonId: string; file: string };

export const WRONG_SOLUTIONS_DIR = join(import.meta.dirname, '../fixtures/wrong-solutions');

export async function loadWrongSolutions(dir = WRONG_SOLUTIONS_DIR): Promise<WrongSolution[]> {
  const entries = await readdir(dir, { recursive: true });
  const files = entries.filter((entry) => entry.endsWith('.yaml')).sort();
  return Promise.all(files.map(async (file) => {
    const parsed = WrongSolutionSchema.safeParse(parse(await readFile(join(dir, file), 'utf8')));
    if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
    const lessonId = relative(dir, join(dir, file, '..')).split(sep).join('/');
    return { ...parsed.data, lessonId, file };
  }));
}

/** The solution's files with the mistake's edits applied; an edit that no longer matches is an error, not a silent pass. */
export function applyMistake(solution: readonly LessonFile[], wrong: WrongSolution): LessonFile[] {
  const files = new Map(solution.map((file) => [file.path, file.content]));
  for (const edit of wrong.edits) {
    if ('content' in edit) {
      files.set(edit.file, edit.content);
      continue;
    }
    const source = files.get(edit.file);
    if (source === undefined) throw new Error(`${wrong.file}: the solution has no file ${edit.file}`);
    const occurrences = source.split(edit.find).length - 1;
    if (occurrences !== 1) throw new Error(`${wrong.file}: "${edit.find}" occurs ${occurrences} times in ${edit.file}, it must occur once`);
    files.set(edit.file, source.replace(edit.find, () => edit.replace));
  }
  return [...files].map(([path, content]) => ({ path, content }));
}
