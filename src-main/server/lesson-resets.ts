/**
 * "Reset step" and "Reset lesson": the learner's files go back to where the step (or the lesson)
 * began, its progress is cleared, and the database is re-seeded with the learner's server stopped.
 * Both run in the lesson's queue, so a reset never lands under a running check.
 */
import type { WorkspaceFile } from '../contract/api.js';
import type { LessonResetResponse } from '../contract/solution.js';
import type { Lesson } from '../lessons/lesson.js';
import { HttpError } from './http/http-error.js';
import type { Services } from './services.js';

interface ResetPlan {
  /** Steps no longer passed. */
  stepsToClear: string[];
  /** Steps whose snapshot is dropped: they begin again when the step before them passes again. */
  snapshotsToDrop: string[];
  /** The files to restore, read in the queue so a run that just finished is taken into account. */
  files: () => readonly WorkspaceFile[];
}

export class LessonResets {
  constructor(private readonly services: Pick<Services, 'store' | 'workspaces' | 'learnerServers' | 'queue'>) {}

  /** Every file back to the starter (drafts deleted), the lesson's progress and snapshots gone. */
  resetLesson(lesson: Lesson): Promise<LessonResetResponse> {
    const stepIds = lesson.steps.map((step) => step.id);
    return this.reset(lesson, { stepsToClear: stepIds, snapshotsToDrop: stepIds, files: () => [] });
  }

  /**
   * The files as they were when the learner began this step (its snapshot; the starter for the
   * first step); this step and the later ones are no longer passed. A later step with no snapshot
   * (the step before it never passed here, or it passed before snapshots existed) is refused:
   * going back to the starter would throw away work the learner was told they would keep.
   */
  resetStep(lesson: Lesson, stepId: string): Promise<LessonResetResponse> {
    const index = lesson.steps.findIndex((step) => step.id === stepId);
    if (index < 0) throw new HttpError(404, `Lesson ${lesson.id} has no step "${stepId}".`);
    const snapshot = this.services.store.snapshots.forStep(lesson.id, stepId);
    if (index > 0 && snapshot === undefined) {
      throw new HttpError(
        409,
        `There is no record of your code as it was when step ${index + 1} began (it is kept when step ${index} first passes), so Reset step cannot go back to it. Use Reset lesson to start over from the starter code.`,
      );
    }
    const fromHere = lesson.steps.slice(index).map((step) => step.id);
    return this.reset(lesson, {
      stepsToClear: fromHere,
      // This step's own snapshot stays: the step before it is still passed, so it still begins there.
      snapshotsToDrop: fromHere.slice(1),
      files: () => this.services.store.snapshots.forStep(lesson.id, stepId) ?? [],
    });
  }

  private reset(lesson: Lesson, plan: ResetPlan): Promise<LessonResetResponse> {
    const { store, workspaces, learnerServers, queue } = this.services;
    return queue.run(lesson.id, async () => {
      await learnerServers.resetDatabase(lesson);
      store.transaction(() => {
        workspaces.restoreFiles(lesson, plan.files());
        store.progress.forget(lesson.id, plan.stepsToClear);
        store.snapshots.forget(lesson.id, plan.snapshotsToDrop);
      });
      return {
        files: workspaces.currentFiles(lesson),
        progress: store.progress.all().filter((passed) => passed.lessonId === lesson.id),
      };
    });
  }
}
