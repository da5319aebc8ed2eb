/**
 * A learner's workspace for one lesson: a folder under the data dir holding the files the
 * sandbox runs (the learner's drafts over the lesson's starter) and the lesson's own SQLite
 * database, seeded from the lesson. The app store stays elsewhere: learner code never sees it.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { WorkspaceFile } from '../contract/api.js';
import type { Lesson, LessonFile } from '../lessons/lesson.js';
import type { DraftStore } from '../store/draft-store.js';

export const LESSON_DATABASE_FILE = 'lesson.db';

export interface PreparedWorkspace {
  dir: string;
  databasePath: string;
}

export class Workspaces {
  constructor(
    private readonly root: string,
    private readonly drafts: DraftStore,
  ) {}

  dirFor(lesson: Lesson): string {
    return join(this.root, ...lesson.id.split('/'));
  }

  databasePathFor(lesson: Lesson): string {
    return join(this.dirFor(lesson), LESSON_DATABASE_FILE);
  }

  /**
   * The files as the learner sees them: each starter file, replaced by its draft when there is one,
   * then any file only the solution has, once the learner has applied it from the solution.
   */
  currentFiles(lesson: Lesson): WorkspaceFile[] {
    const drafts = this.drafts.forLesson(lesson.id);
    const starter = lesson.starterFiles.map((file) => ({ path: file.path, content: drafts.get(file.path) ?? file.content }));
    const added = solutionOnlyFiles(lesson).flatMap((file) => {
      const draft = drafts.get(file.path);
      return draft === undefined ? [] : [{ path: file.path, content: draft }];
    });
    return [...starter, ...added];
  }

  /**
   * A learner may only write the lesson's own files (its starter's and its solution's): this is what
   * keeps a save inside the workspace.
   */
  isLessonFile(lesson: Lesson, path: string): boolean {
    return [...lesson.starterFiles, ...lesson.solutionFiles].some((file) => file.path === path);
  }

  saveDraft(lesson: Lesson, path: string, content: string): void {
    this.drafts.save(lesson.id, path, content);
  }

  /**
   * Makes these the learner's files: a draft for each that differs from the starter, none for the
   * rest (so an empty list puts the whole lesson back to its starter). Files that are not the
   * lesson's are ignored. Run it inside a store transaction together with the progress it goes with.
   */
  restoreFiles(lesson: Lesson, files: readonly WorkspaceFile[]): void {
    const starter = new Map(lesson.starterFiles.map((file) => [file.path, file.content]));
    const drafts = files.filter((file) => this.isLessonFile(lesson, file.path) && starter.get(file.path) !== file.content);
    this.drafts.replaceForLesson(lesson.id, drafts);
  }

  /** Writes these files to disk (only those that changed) and seeds the database if it is missing. */
  async prepare(lesson: Lesson, files: readonly WorkspaceFile[]): Promise<PreparedWorkspace> {
    const dir = this.dirFor(lesson);
    await writeWorkspaceFiles(dir, files);
    const databasePath = this.databasePathFor(lesson);
    if (!existsSync(databasePath)) seedDatabase(databasePath, lesson.seedSql);
    return { dir, databasePath };
  }

  /** Replaces the lesson database with a freshly seeded one. The learner's server must be stopped first. */
  async resetDatabase(lesson: Lesson): Promise<void> {
    const databasePath = this.databasePathFor(lesson);
    await Promise.all(['', '-wal', '-shm', '-journal'].map((suffix) => rm(databasePath + suffix, { force: true })));
    await mkdir(dirname(databasePath), { recursive: true });
    seedDatabase(databasePath, lesson.seedSql);
  }
}

/** Files the solution adds that the starter does not have. */
function solutionOnlyFiles(lesson: Lesson): LessonFile[] {
  return lesson.solutionFiles.filter((file) => !lesson.starterFiles.some((starter) => starter.path === file.path));
}

/** Writes files into a workspace folder, touching only those whose content changed. */
export async function writeWorkspaceFiles(dir: string, files: readonly WorkspaceFile[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  await Promise.all(files.map((file) => writeIfChanged(join(dir, file.path), file.content)));
}

async function writeIfChanged(path: string, content: string): Promise<void> {
  const existing = await readFile(path, 'utf8').catch(() => undefined);
  if (existing === content) return;
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
}

/** Creates a lesson database from its seed. WAL: the learner's server writes while checks read. */
export function seedDatabase(databasePath: string, seedSql: string): void {
  const db = new Database(databasePath);
  try {
    db.pragma('journal_mode = WAL');
    db.exec(seedSql);
  } finally {
    db.close();
  }
}
