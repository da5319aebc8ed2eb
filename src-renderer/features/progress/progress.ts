/** Which steps are passed, and what to do after passing one. Pure. */
import type { LessonSummary, StepProgress } from '../../../src-main/contract/api.js';

export function progressKey(lessonId: string, stepId: string): string {
  return `${lessonId}#${stepId}`;
}

export function passedSet(progress: readonly StepProgress[]): Set<string> {
  return new Set(progress.map((p) => progressKey(p.lessonId, p.stepId)));
}

export function countPassedSteps(lesson: Pick<LessonSummary, 'id' | 'steps'>, passed: ReadonlySet<string>): number {
  return lesson.steps.filter((s) => passed.has(progressKey(lesson.id, s.id))).length;
}

export type NextSuggestion =
  | { kind: 'step'; stepId: string; title: string }
  | { kind: 'lesson'; lessonId: string; title: string }
  | { kind: 'done' };

/**
 * After passing `stepId`: the next step of the lesson not yet passed (looking forward first, then
 * back to any skipped one); when the lesson is complete, the next lesson in the catalog with work left.
 */
export function suggestNext(
  lesson: Pick<LessonSummary, 'id' | 'steps'>,
  stepId: string,
  passed: ReadonlySet<string>,
  lessons: readonly Pick<LessonSummary, 'id' | 'title' | 'steps'>[],
): NextSuggestion {
  const index = lesson.steps.findIndex((s) => s.id === stepId);
  const ordered = [...lesson.steps.slice(index + 1), ...lesson.steps.slice(0, Math.max(0, index))];
  const step = ordered.find((s) => s.id !== stepId && !passed.has(progressKey(lesson.id, s.id)));
  if (step) return { kind: 'step', stepId: step.id, title: step.title };

  const lessonIndex = lessons.findIndex((l) => l.id === lesson.id);
  const after = [...lessons.slice(lessonIndex + 1), ...lessons.slice(0, Math.max(0, lessonIndex))];
  const next = after.find((l) => l.id !== lesson.id && countPassedSteps(l, passed) < l.steps.length);
  return next ? { kind: 'lesson', lessonId: next.id, title: next.title } : { kind: 'done' };
}

/** The step to open: the one asked for if it exists, else the first not yet passed, else the first. */
export function initialStepId(lesson: Pick<LessonSummary, 'id' | 'steps'>, requested: string | undefined, passed: ReadonlySet<string>): string | undefined {
  if (requested && lesson.steps.some((s) => s.id === requested)) return requested;
  return (lesson.steps.find((s) => !passed.has(progressKey(lesson.id, s.id))) ?? lesson.steps[0])?.id;
}
