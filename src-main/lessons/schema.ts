/**
 * What a lesson author may write in front matter. Strict objects, so a misspelt key ("objective:")
 * is reported instead of silently ignored; new keys are added here.
 */
import { z } from 'zod';
import { WorkspacePathSchema } from '../contract/api.js';
import { LessonError } from './lesson-error.js';

const Text = z.string().trim().min(1, 'must not be empty');

export const LessonFrontMatterSchema = z.strictObject({
  title: Text,
  summary: Text,
  objectives: z.array(Text).min(1, 'list at least one objective'),
  minutes: z.number().int().positive(),
  concepts: z.array(Text).default([]),
  /** The starter file the sandbox runs. */
  entry: WorkspacePathSchema.default('server.ts'),
});
export type LessonFrontMatter = z.output<typeof LessonFrontMatterSchema>;

export const TrackFrontMatterSchema = z.strictObject({
  title: Text,
  summary: Text,
});

export const StepFrontMatterSchema = z.strictObject({
  title: Text,
  hints: z.array(Text).default([]),
});
export type StepFrontMatter = z.output<typeof StepFrontMatterSchema>;

/** A lesson or step folder: a two-digit position, then a lowercase slug, e.g. `01-first-endpoints`. */
export const FOLDER_NAME = /^\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A track folder: a lowercase slug, e.g. `rate-limiting`. */
export const TRACK_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Parses front matter or throws a LessonError listing every problem on one line. */
export function parseFrontMatter<S extends z.ZodType>(schema: S, data: unknown, file: string): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || 'front matter'}: ${issue.message}`);
  throw new LessonError(file, `invalid front matter: ${problems.join('; ')}`);
}
