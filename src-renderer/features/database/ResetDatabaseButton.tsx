import { useRef, useState } from 'react';
import { errorMessage } from '../../api/client.js';
import { useServices } from '../../app/services.js';
import { InlineConfirm } from './InlineConfirm.js';
import { resetOutcome } from './reset-outcome.js';
import './database.css';

type Phase = 'idle' | 'confirming' | 'resetting';

/**
 * Re-seeds the lesson's database when test rows pile up, after an inline confirmation. The backend
 * stops the learner's server to do it; the learner's code is untouched.
 */
export function ResetDatabaseButton({ lessonId, onReport }: { lessonId: string; onReport: (line: string) => void }) {
  const { client } = useServices();
  const [phase, setPhase] = useState<Phase>('idle');
  const [outcome, setOutcome] = useState('');
  const trigger = useRef<HTMLButtonElement>(null);

  function close(next: Phase) {
    setPhase(next);
    // The confirmation held focus and is going away: give it back to where it came from.
    trigger.current?.focus();
  }

  async function reset() {
    close('resetting');
    setOutcome('');
    const failure = await client.resetDatabase(lessonId).then(
      () => undefined,
      (e: unknown) => errorMessage(e),
    );
    const { words, consoleLine } = resetOutcome(failure);
    setPhase('idle');
    setOutcome(words);
    onReport(consoleLine);
  }

  const resetting = phase === 'resetting';
  return (
    <>
      <button
        type="button"
        ref={trigger}
        className="button button-quiet button-small"
        // aria-disabled, not disabled, so keyboard focus stays on the button while it works.
        aria-disabled={resetting}
        aria-expanded={phase === 'confirming'}
        onClick={() => {
          if (!resetting) setPhase(phase === 'confirming' ? 'idle' : 'confirming');
        }}
        title="Put the lesson’s database back to its starting data (your code stays as it is)"
      >
        <span aria-hidden="true">↺</span>
        <span>{resetting ? 'Resetting…' : 'Reset database'}</span>
      </button>
      {phase === 'confirming' && (
        <InlineConfirm question="Reset the database to its starting data?" confirmLabel="Reset" onConfirm={() => void reset()} onCancel={() => close('idle')} />
      )}
      {/* The console is not a live region, so the outcome is announced here too. */}
      <span className="visually-hidden" role="status">
        {outcome}
      </span>
    </>
  );
}
