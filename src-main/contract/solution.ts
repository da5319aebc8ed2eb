/**
 * The solution and reset parts of the HTTP contract. The solution is served only when the learner
 * asks for it, never inside the lesson detail, so a page that merely opens a lesson cannot show it.
 */
import { z } from 'zod';
import type { StepProgress, WorkspaceFile } from './api.js';

/** `GET /api/lessons/:track/:lesson/solution`. */
export interface SolutionResponse {
  /** The lesson's solution files, including any the starter does not have. */
  files: WorkspaceFile[];
}

/** `POST /api/lessons/:track/:lesson/reset-step`: which step to begin again. */
export const ResetStepRequestSchema = z.object({
  stepId: z.string().min(1).max(100),
});
export type ResetStepRequest = z.infer<typeof ResetStepRequestSchema>;

/**
 * The lesson as a reset left it (`POST …/reset-step` and `POST …/reset-lesson`); the database is
 * back to its seed and the learner's server is stopped.
 */
export interface LessonResetResponse {
  /** The learner's files now, as the lesson detail would list them. */
  files: WorkspaceFile[];
  /** The steps of this lesson still passed. */
  progress: StepProgress[];
}
