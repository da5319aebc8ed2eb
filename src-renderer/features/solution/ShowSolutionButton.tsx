/**
 * "Show solution": a modal dialog with the learner's files against the lesson's solution. The diff
 * view (Monaco's diff editor) loads on demand; the solution is fetched only when the dialog opens.
 */
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { Theme } from '../theme/theme.js';
import './solution.css';

const SolutionView = lazy(() => import('./SolutionView.js'));

interface Props {
  lessonId: string;
  /** The learner's files, by path. */
  workspacePaths: string[];
  theme: Theme;
  /** A file only the solution had was applied and saved: reload the learner's files. */
  onFileAdded: () => Promise<void>;
}

export function ShowSolutionButton({ lessonId, workspacePaths, theme, onFileAdded }: Props) {
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);

  // A modal <dialog>: the page behind it is inert, Escape closes it, and focus returns to this button.
  useEffect(() => {
    if (open) dialog.current?.showModal();
  }, [open]);

  return (
    <>
      <button type="button" className="button button-quiet" aria-haspopup="dialog" onClick={() => setOpen(true)} title="Compare your code with the lesson’s solution">
        Show solution
      </button>
      {open && (
        <dialog ref={dialog} className="solution-dialog" aria-labelledby="solution-title" onClose={() => setOpen(false)}>
          <Suspense fallback={<p className="solution-status" role="status">Loading the comparison…</p>}>
            <SolutionView lessonId={lessonId} workspacePaths={workspacePaths} theme={theme} onClose={() => dialog.current?.close()} onFileAdded={onFileAdded} />
          </Suspense>
        </dialog>
      )}
    </>
  );
}
