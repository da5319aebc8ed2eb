/** The course at a glance: tracks with their lessons and progress, and where to go next. Pure. */
import type { LessonSummary, TrackSummary } from '../../../src-main/contract/api.js';
import { countPassedSteps, initialStepId, progressKey, suggestNext } from '../progress/progress.js';

export interface LessonProgress {
  lesson: LessonSummary;
  passed: number;
  total: number;
}

export interface TrackOverview {
  track: string;
  title: string;
  summary: string;
  lessons: LessonProgress[];
  passed: number;
  total: number;
  minutes: number;
}

/** `step` or `steps`, as the count asks. */
export function plural(count: number, noun: string): string {
  return count === 1 ? noun : `${noun}s`;
}

/**
 * Groups the catalog's lessons by track, keeping the catalog's order (which is the teaching order).
 * Titles and summaries come from the catalog's tracks (each track's `track.md`); tracks without
 * lessons are left out.
 */
export function courseOverview(summaries: readonly TrackSummary[], lessons: readonly LessonSummary[], passed: ReadonlySet<string>): TrackOverview[] {
  const known = new Map(summaries.map((summary) => [summary.id, summary]));
  const tracks = new Map<string, TrackOverview>();
  for (const lesson of lessons) {
    let track = tracks.get(lesson.track);
    if (!track) {
      const summary = known.get(lesson.track);
      track = { track: lesson.track, title: summary?.title ?? lesson.track, summary: summary?.summary ?? '', lessons: [], passed: 0, total: 0, minutes: 0 };
      tracks.set(lesson.track, track);
    }
    const done = countPassedSteps(lesson, passed);
    track.lessons.push({ lesson, passed: done, total: lesson.steps.length });
    track.passed += done;
    track.total += lesson.steps.length;
    track.minutes += lesson.minutes;
  }
  return [...tracks.values()];
}

export interface NextUp {
  /** `continue` once the learner has started somewhere; `start` on a fresh course. */
  kind: 'continue' | 'start';
  lessonId: string;
  lessonTitle: string;
  stepId: string;
  /** 1-based, as the lesson page shows it. */
  stepNumber: number;
  stepTitle: string;
}

/**
 * What comes next: the step the learner was last on while it is unpassed, else the next unpassed
 * step of that lesson, else the next lesson with work left; on a fresh course, the first lesson.
 * Undefined when every step is passed.
 */
export function nextUp(
  lessons: readonly LessonSummary[],
  passed: ReadonlySet<string>,
  last: { lessonId: string; stepId?: string } | undefined,
): NextUp | undefined {
  const lastLesson = last && lessons.find((l) => l.id === last.lessonId);
  const lastStep = lastLesson && initialStepId(lastLesson, last.stepId, passed);
  if (lastLesson && lastStep) {
    if (!passed.has(progressKey(lastLesson.id, lastStep))) return at(lastLesson, lastStep, 'continue');
    const next = suggestNext(lastLesson, lastStep, passed, lessons);
    if (next.kind === 'step') return at(lastLesson, next.stepId, 'continue');
    if (next.kind === 'done') return undefined;
    const lesson = lessons.find((l) => l.id === next.lessonId);
    const step = lesson && initialStepId(lesson, undefined, passed);
    return lesson && step ? at(lesson, step, 'continue') : undefined;
  }
  const unfinished = lessons.find((l) => countPassedSteps(l, passed) < l.steps.length);
  const step = unfinished && initialStepId(unfinished, undefined, passed);
  if (!unfinished || !step) return undefined;
  const started = lessons.some((l) => countPassedSteps(l, passed) > 0);
  return at(unfinished, step, started ? 'continue' : 'start');
}

function at(lesson: LessonSummary, stepId: string, kind: NextUp['kind']): NextUp {
  const index = lesson.steps.findIndex((s) => s.id === stepId);
  return { kind, lessonId: lesson.id, lessonTitle: lesson.title, stepId, stepNumber: index + 1, stepTitle: lesson.steps[index]?.title ?? '' };
}
