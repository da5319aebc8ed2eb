import { useEffect, useRef, type KeyboardEvent } from 'react';

interface Props {
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  /** Also on Escape. */
  onCancel: () => void;
}

/**
 * A question with confirm and cancel buttons, shown in place of a dialog. Focus lands on the
 * question, not on a button, so a repeated Enter cannot confirm by accident and a screen reader
 * reads the question first.
 */
export function InlineConfirm({ question, confirmLabel, onConfirm, onCancel }: Props) {
  const questionRef = useRef<HTMLSpanElement>(null);
  useEffect(() => questionRef.current?.focus(), []);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onCancel();
  }

  return (
    <span className="inline-confirm" role="group" aria-label={question} onKeyDown={onKeyDown}>
      <span className="inline-confirm-question" ref={questionRef} tabIndex={-1}>
        {question}
      </span>
      <button type="button" className="button button-small" onClick={onConfirm}>
        {confirmLabel}
      </button>
      <button type="button" className="button button-quiet button-small" onClick={onCancel}>
        Cancel
      </button>
    </span>
  );
}
