import { useRef, useState } from 'react';
import { errorMessage } from '../../api/client.js';
import { InlineConfirm } from './InlineConfirm.js';
import { resetOutcome, type ResetWords } from './reset-outcome.js';
import './database.css';

type Phase = 'idle' | 'confirming' | 'resetting';

interface Props {
  label: string;
  /** Says what the reset does and what it keeps. */
  title: string;
  question: string;
  confirmLabel: string;
  words: ResetWords;
  /** Does the reset; a rejection's message is shown to the learner. */
  reset: () => Promise<void>;
  /** A line for the console. */
  onReport: (line: string) => void;
}

/** A reset that asks first, inline, then says what happened (in the console and to a screen reader). */
export function ConfirmedResetButton({ label, title, question, confirmLabel, words, reset, onReport }: Props) {
  const [phase, setPhase] = useState<Phase>('idle');
  const [outcome, setOutcome] = useState('');
  const trigger = useRef<HTMLButtonElement>(null);

  function close(next: Phase) {
    setPhase(next);
    // The confirmation held focus and is going away: give it back to where it came from.
    trigger.current?.focus();
  }

  async function confirm() {
    close('resetting');
    setOutcome('');
    const failure = await reset().then(
      () => undefined,
      (e: unknown) => errorMessage(e),
    );
    const { words: said, consoleLine } = resetOutcome(words, failure);
    setPhase('idle');
    setOutcome(said);
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
        title={title}
      >
        <span aria-hidden="true">↺</span>
        <span>{resetting ? 'Resetting…' : label}</span>
      </button>
      {phase === 'confirming' && (
        <InlineConfirm question={question} confirmLabel={confirmLabel} onConfirm={() => void confirm()} onCancel={() => close('idle')} />
      )}
      {/* The console is not a live region, so the outcome is announced here too. */}
      <span className="visually-hidden" role="status">
        {outcome}
      </span>
    </>
  );
}
