/**
 * Every lesson under `lessons/`, validated. A lesson that fails to load is listed as broken
 * (with the file to fix and why) and the others load as usual: one bad lesson never takes the app down.
 */
import { dirname, join, relative } from 'node:path';
import type { BrokenLesson, LearnerServerState, LessonCatalog, LessonDetail, LessonSummary, TrackSummary, WorkspaceFile } from '../contract/api.js';
import type { Lesson } from './lesson.js';
import { LessonError } from './lesson-error.js';
import { listFolders, loadLesson } from './load-lesson.js';
import { fallbackTrack, loadTrack } from './load-track.js';
import { compareTracks } from './track-order.js';

export interface Catalog {
  tracks: TrackSummary[];
  lessons: Lesson[];
  broken: BrokenLesson[];
  find(id: string): Lesson | undefined;
}

type Loaded<T> = { value: T } | { broken: BrokenLesson };

/** Any failure becomes a broken entry for `id`, naming the file relative to the folder holding lessons/. */
async function tryLoad<T>(lessonsDir: string, id: string, load: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { value: await load() };
  } catch (error) {
    const file = (path: string): string => relative(dirname(lessonsDir), path);
    if (error instanceof LessonError) return { broken: { id, file: file(error.file), reason: error.reason } };
    return { broken: { id, file: file(join(lessonsDir, id)), reason: (error as Error).message } };
  }
}

async function loadTracks(lessonsDir: string, ids: string[]): Promise<{ tracks: TrackSummary[]; broken: BrokenLesson[] }> {
  const loaded = await Promise.all(ids.map((id) => tryLoad(lessonsDir, id, () => loadTrack(lessonsDir, id))));
  return {
    tracks: loaded.map((result, index) => ('value' in result ? result.value : fallbackTrack(ids[index]!))),
    broken: loaded.flatMap((result) => ('broken' in result ? [result.broken] : [])),
  };
}

/** Throws only when `lessonsDir` itself cannot be read: that is an installation problem, not a lesson's. */
export async function loadCatalog(lessonsDir: string): Promise<Catalog> {
  const tracks = await listFolders(lessonsDir).catch((error: Error) => {
    throw new Error(`Could not read the lessons folder ${lessonsDir}: ${error.message}`, { cause: error });
  });
  tracks.sort(compareTracks);
  const folders = await Promise.all(tracks.map(async (track) => (await listFolders(join(lessonsDir, track))).map((folder) => ({ track, folder }))));
  const loaded = await Promise.all(
    folders.flat().map(({ track, folder }) => tryLoad(lessonsDir, `${track}/${folder}`, () => loadLesson(lessonsDir, track, folder))),
  );
  const { tracks: trackSummaries, broken: brokenTracks } = await loadTracks(lessonsDir, tracks);

  const lessons = loaded.flatMap((result) => ('value' in result ? [result.value] : []));
  const broken = [...brokenTracks, ...loaded.flatMap((result) => ('broken' in result ? [result.broken] : []))];
  const byId = new Map(lessons.map((lesson) => [lesson.id, lesson]));
  return { tracks: trackSummaries, lessons, broken, find: (id) => byId.get(id) };
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
  return { tracks: catalog.tracks, lessons: catalog.lessons.map(toLessonSummary), broken: catalog.broken };
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
