import { errorMessage } from '../../api/client.js';
import { useSaveStatus } from '../../app/hooks.js';

const LABELS = { idle: 'Saved', pending: 'Saving…', saving: 'Saving…', saved: 'Saved', error: 'Save failed' } as const;

/** "Saved" / "Saving…" / "Save failed" for the open lesson's drafts. */
export function SaveIndicator({ lessonId }: { lessonId: string }) {
  const { status, error } = useSaveStatus(lessonId);
  // Not a live region: "Saving… Saved" after every pause in typing would drown a screen reader. Only a failure is announced.
  return (
    <>
      <span
        className={`save-indicator save-${status}`}
        title={status === 'error' ? `Your last change was not saved: ${errorMessage(error)}` : undefined}
        data-testid="save-status"
      >
        {LABELS[status]}
      </span>
      {status === 'error' && (
        <span className="visually-hidden" role="alert">
          Your last change was not saved: {errorMessage(error)}
        </span>
      )}
    </>
  );
}
