/**
 * "Reset step" and "Reset lesson", each confirmed inline. The backend re-seeds the database and
 * stops the learner's server too; the page then shows the files and passed steps it answers with.
 */
import type { WorkspaceFile } from '../../../src-main/contract/api.js';
import type { LessonResetResponse } from '../../../src-main/contract/solution.js';
import { useServices } from '../../app/services.js';
import { ConfirmedResetButton } from '../database/ConfirmedResetButton.js';

interface Props {
  lessonId: string;
  step: { id: string; number: number };
  /** The learner's files after the reset, to show in the editor. */
  onFilesReset: (files: WorkspaceFile[]) => void;
  onReport: (line: string) => void;
}

export function ResetWorkButtons({ lessonId, step, onFilesReset, onReport }: Props) {
  const { client, autosave, progress } = useServices();

  async function resetWith(request: () => Promise<LessonResetResponse>) {
    // Saved first, then dropped: no save still on its way can land after the reset and undo it.
    await autosave.flush(lessonId).catch(() => undefined);
    const state = await request();
    autosave.discard(lessonId);
    progress.replaceLesson(lessonId, state.progress);
    onFilesReset(state.files);
  }

  return (
    <>
      <ConfirmedResetButton
        label="Reset step"
        title="Put your files back to how they were when you began this step, and the database to its starting data"
        question={`Reset step ${step.number}? Your files go back to how they were when you began it.`}
        confirmLabel="Reset step"
        words={{
          done: `Step ${step.number} reset: your files are as they were when you began it, and the database has its starting data.`,
          failed: `Step ${step.number} could not be reset`,
        }}
        reset={() => resetWith(() => client.resetStep(lessonId, step.id))}
        onReport={onReport}
      />
      <ConfirmedResetButton
        label="Reset lesson"
        title="Put every file back to the starter, clear this lesson’s progress, and the database to its starting data"
        question="Reset the whole lesson? Every file goes back to the starter and its steps are no longer passed."
        confirmLabel="Reset lesson"
        words={{
          done: 'Lesson reset: your files are back to the starter, its progress is cleared, and the database has its starting data.',
          failed: 'The lesson could not be reset',
        }}
        reset={() => resetWith(() => client.resetLesson(lessonId))}
        onReport={onReport}
      />
    </>
  );
}
