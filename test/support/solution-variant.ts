/**
 * A solution variant is a lesson's solution changed in a small, named way, kept as a YAML file of
 * edits rather than a near-copy of the solution:
 *
 * - a **wrong solution** has one plausible mistake; it names the step whose checks must catch it
 *   (earlier steps still pass) and words the failing check must say so the learner finds it.
 *   `test/fixtures/wrong-solutions/<track>/<lesson>/<mistake>.yaml`
 * - an **other solution** is correct but written differently from the lesson's own (other file
 *   names, another response detail the lesson leaves open); every step must pass on both seeds,
 *   which proves the checks accept more than one shape of code.
 *   `test/fixtures/other-solutions/<track>/<lesson>/<approach>.yaml`
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { CheckResult } from '../../src-main/contract/api.js';
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

const OtherSolutionSchema = z.strictObject({
  /** How this solution differs from the lesson's own, e.g. "a router per file, async handlers". */
  approach: z.string().min(1),
  edits: z.array(EditSchema).min(1),
});

interface Located {
  lessonId: string;
  /** Relative to the fixtures folder, for messages. */
  file: string;
}

export type WrongSolution = z.infer<typeof WrongSolutionSchema> & Located;
export type OtherSolution = z.infer<typeof OtherSolutionSchema> & Located;
type Edits = Pick<WrongSolution, 'edits' | 'file'>;

const FIXTURES_DIR = join(import.meta.dirname, '../fixtures');

async function loadVariants<T>(dir: string, schema: z.ZodType<T>): Promise<(T & Located)[]> {
  const entries = await readdir(dir, { recursive: true });
  const files = entries.filter((entry) => entry.endsWith('.yaml')).sort();
  return Promise.all(files.map(async (file) => {
    const parsed = schema.safeParse(parse(await readFile(join(dir, file), 'utf8')));
    if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
    const lessonId = relative(dir, join(dir, file, '..')).split(sep).join('/');
    return { ...parsed.data, lessonId, file };
  }));
}

export function loadWrongSolutions(dir = join(FIXTURES_DIR, 'wrong-solutions')): Promise<WrongSolution[]> {
  return loadVariants(dir, WrongSolutionSchema);
}

export function loadOtherSolutions(dir = join(FIXTURES_DIR, 'other-solutions')): Promise<OtherSolution[]> {
  return loadVariants(dir, OtherSolutionSchema);
}

/**
 * How well a catalog is covered: the lessons with fewer than `atLeast` variants (with their
 * counts), and the variants whose lesson does not exist (by file).
 */
export function coverage(lessonIds: readonly string[], variants: readonly Located[], atLeast: number): { short: [string, number][]; orphans: string[] } {
  const count = (id: string) => variants.filter((variant) => variant.lessonId === id).length;
  return {
    short: lessonIds.map((id): [string, number] => [id, count(id)]).filter(([, found]) => found < atLeast),
    orphans: variants.filter((variant) => !lessonIds.includes(variant.lessonId)).map((variant) => variant.file),
  };
}

/** The solution's files with the variant's edits applied; an edit that no longer matches is an error, not a silent pass. */
export function applyEdits(solution: readonly LessonFile[], variant: Edits): LessonFile[] {
  const files = new Map(solution.map((file) => [file.path, file.content]));
  for (const edit of variant.edits) {
    if ('content' in edit) {
      files.set(edit.file, edit.content);
      continue;
    }
    const source = files.get(edit.file);
    if (source === undefined) throw new Error(`${variant.file}: the solution has no file ${edit.file}`);
    const occurrences = source.split(edit.find).length - 1;
    if (occurrences !== 1) throw new Error(`${variant.file}: "${edit.find}" occurs ${occurrences} times in ${edit.file}, it must occur once`);
    files.set(edit.file, source.replace(edit.find, () => edit.replace));
  }
  return [...files].map(([path, content]) => ({ path, content }));
}

/** Every failed check of a run, one per line, as `[step] name: message`, for assertion messages. */
export function describeFailures(results: readonly CheckResult[]): string {
  return results.filter((result) => result.status === 'failed').map((result) => `[${result.stepId}] ${result.name}: ${result.message}`).join('\n') || '(no check failed)';
}
