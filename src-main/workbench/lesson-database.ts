/**
 * Connections to a lesson's database (never the app store) while the learner's server may hold
 * it open too: WAL lets both read while one writes, a busy timeout waits out the other's write,
 * and every connection lives for one operation only, so nothing is held across a reset that
 * deletes the file. Writes go through the lesson's queue, one at a time with check runs and resets.
 */
import type Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Lesson } from '../lessons/lesson.js';
import type { LessonQueue } from '../server/lesson-queue.js';
import { seedDatabase, type Workspaces } from '../workspace/workspace.js';
import { openLessonConnection } from './lesson-connection.js';

export class LessonDatabases {
  constructor(
    private readonly workspaces: Workspaces,
    private readonly queue: LessonQueue,
  ) {}

  /** Reads on a read-only connection, alongside whatever else runs. */
  async read<T>(lesson: Lesson, work: (db: Database.Database) => T): Promise<T> {
    await this.ensureSeeded(lesson);
    return this.withConnection(lesson, true, work);
  }

  /** Reads the file by its path, alongside whatever else runs: exports open it in their own process. */
  async readFile<T>(lesson: Lesson, work: (databasePath: string) => Promise<T>): Promise<T> {
    await this.ensureSeeded(lesson);
    return work(this.workspaces.databasePathFor(lesson));
  }

  /** Writes, in the lesson's queue. */
  write<T>(lesson: Lesson, work: (db: Database.Database) => T): Promise<T> {
    return this.writeFile(lesson, async () => this.withConnection(lesson, false, work));
  }

  /** Work on the file by its path, in the lesson's queue: the SQL console opens it in its own process. */
  writeFile<T>(lesson: Lesson, work: (databasePath: string) => Promise<T>): Promise<T> {
    return this.queue.run(lesson.id, async () => {
      this.seedIfMissing(lesson);
      return work(this.workspaces.databasePathFor(lesson));
    });
  }

  /** Opens a connection for work that is already inside the lesson's queue (a check run, a proxied request). */
  withConnection<T>(lesson: Lesson, readonly: boolean, work: (db: Database.Database) => T): T {
    const db = openLessonConnection(this.workspaces.databasePathFor(lesson), readonly);
    try {
      return work(db);
    } finally {
      db.close();
    }
  }

  /** A lesson never run yet has no database: seed it as the first run would. */
  private async ensureSeeded(lesson: Lesson): Promise<void> {
    if (!existsSync(this.workspaces.databasePathFor(lesson))) await this.queue.run(lesson.id, async () => this.seedIfMissing(lesson));
  }

  private seedIfMissing(lesson: Lesson): void {
    const path = this.workspaces.databasePathFor(lesson);
    if (existsSync(path)) return;
    mkdirSync(dirname(path), { recursive: true });
    seedDatabase(path, lesson.seedSql);
  }
}
