/** Puts each check of a run on the timeline, with what the learner's server printed and changed while it ran. */
import { randomUUID } from 'node:crypto';
import type { CheckResult } from '../contract/api.js';
import type { Lesson } from '../lessons/lesson.js';
import type { CheckRunObserver } from '../server/check-runs.js';
import { ActivityWatch } from './activity-watch.js';
import type { LessonDatabases } from './lesson-database.js';
import type { ServerOutputLog } from './server-output-log.js';
import type { Timeline } from './timeline.js';

export class CheckRunRecorder implements CheckRunObserver {
  constructor(
    private readonly databases: LessonDatabases,
    private readonly outputLog: ServerOutputLog,
    private readonly timeline: Timeline,
  ) {}

  watchRun(lesson: Lesson, runId: string): (result: CheckResult) => void {
    const watch = new ActivityWatch(lesson, this.databases, this.outputLog);
    let startedAt = Date.now();
    return (result) => {
      this.timeline.add({
        id: randomUUID(),
        lessonId: lesson.id,
        source: { kind: 'check', runId, checkId: result.id, name: result.name, status: result.status },
        startedAt,
        durationMs: result.durationMs,
        exchanges: result.exchanges,
        ...watch.next(),
      });
      startedAt = Date.now();
    };
  }
}
