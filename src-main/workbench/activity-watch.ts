/**
 * Watches one stretch of a learner server's life — a request, a check — and says afterwards what
 * it printed and which rows it changed. Runs inside the lesson's queue, so nothing else of ours
 * writes meanwhile; a database that cannot be read (the learner broke it) just shows no changes.
 */
import type { DbChanges, OutputChunk } from '../contract/workbench.js';
import type { Lesson } from '../lessons/lesson.js';
import { diffSnapshots, noChanges, takeSnapshot, type DatabaseSnapshot } from './change-tracker.js';
import type { LessonDatabases } from './lesson-database.js';
import type { ServerOutputLog } from './server-output-log.js';

export interface Activity {
  changes: DbChanges;
  output: OutputChunk[];
}

export class ActivityWatch {
  private snapshot: DatabaseSnapshot | undefined;
  private outputMark: number;

  constructor(
    private readonly lesson: Lesson,
    private readonly databases: LessonDatabases,
    private readonly outputLog: ServerOutputLog,
  ) {
    this.snapshot = this.takeSnapshot();
    this.outputMark = outputLog.mark();
  }

  /** What happened since the start or the previous `next()`; the next stretch starts now. */
  next(): Activity {
    const after = this.takeSnapshot();
    const changes = this.snapshot && after ? diffSnapshots(this.snapshot, after) : noChanges();
    const output = this.outputLog.since(this.lesson.id, this.outputMark);
    this.snapshot = after;
    this.outputMark = this.outputLog.mark();
    return { changes, output };
  }

  private takeSnapshot(): DatabaseSnapshot | undefined {
    try {
      return this.databases.withConnection(this.lesson, true, takeSnapshot);
    } catch {
      return undefined;
    }
  }
}
