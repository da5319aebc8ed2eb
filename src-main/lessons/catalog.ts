/**
 * Every lesson under `lessons/`, validated. A lesson that fails to load is listed as broken
 * (with the file to fix and why) and the others load as usual: one bad lesson never takes the app down.
 */
import { dirname, join, relative } from 'node:path';
import type { BrokenLesson, LearnerServerState, LessonCatalog, LessonDetail, LessonSummary, WorkspaceFile } from '../contract/api.js';
import type { Lesson } from './lesson.js';
import { LessonError } from './lesson-error.js';
import { listFolders, loadLesson } from './load-lesson.js';
import { compareTracks } from './track-order.js';

export interface Catalog {
  lessons: Lesson[];
  broken: BrokenLesson[];
  find(id: string): Lesson | undefined;
}

type Loaded = { lesson: Lesson } | { broken: BrokenLesson };

async function tryLoad(lessonsDir: string, track: string, folder: string): Promise<Loaded> {
  try {
    return { lesson: await loadLesson(lessonsDir, track, folder) };
  } catch (error) {
    const id = `${track}/${folder}`;
    // Shown to authors relative to the folder holding lessons/, e.g. "lessons/crud/01-x/lesson.md".
    const file = (path: string): string => relative(dirname(lessonsDir), path);
    if (error instanceof LessonError) return { broken: { id, file: file(error.file), reason: error.reason } };
    return { broken: { id, file: file(join(lessonsDir, track, folder)), reason: (error as Error).message } };
  }
}

/** Throws only when `lessonsDir` itself cannot be read: that is an installation problem, not a lesson's. */
export async function loadCatalog(lessonsDir: string): Promise<Catalog> {
  const tracks = await listFolders(lessonsDir).catch((error: Error) => {
    throw new Error(`Could not read the lessons folder ${lessonsDir}: ${error.message}`, { cause: error });
  });
  tracks.sort(compareTracks);
  const folders = await Promise.all(tracks.map(async (track) => (await listFolders(join(lessonsDir, track))).map((folder) => ({ track, folder }))));
  const loaded = await Promise.all(folders.flat().map(({ track, folder }) => tryLoad(lessonsDir, track, folder)));

  const lessons = loaded.flatMap((result) => ('lesson' in result ? [result.lesson] : []));
  const broken = loaded.flatMap((result) => ('broken' in result ? [result.broken] : []));
  const byId = new Map(lessons.map((lesson) => [lesson.id, lesson]));
  return { lessons, broken, find: (id) => byId.get(id) };
}

export function toLessonSummary(lesson: Lesson): LessonSummary {
  return {
    id: lesson.id,
    track: lesson.track,
    title: lesson.title,
    summary: lesson.summary,
    minutes: lesson.minutes,
    steps: lesson.steps.map((step) => ({ id: step.id, title: step.title })),
  };
}

export function toCatalogResponse(catalog: Catalog): LessonCatalog {
  return { lessons: catalog.lessons.map(toLessonSummary), broken: catalog.broken };
}

/** `files` are the learner's current files (drafts over starter), which only the workspace knows. */
export function toLessonDetail(lesson: Lesson, files: WorkspaceFile[], server: LearnerServerState): LessonDetail {
  return {
    ...toLessonSummary(lesson),
    objectives: lesson.objectives,
    introduction: lesson.introduction,
    steps: lesson.steps.map((step) => ({ id: step.id, title: step.title, instructions: step.instructions, hints: step.hints })),
    files,
    entry: lesson.entry,
    server,
  };
}
