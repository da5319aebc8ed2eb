import type { NextSuggestion } from '../progress/progress.js';

/** After a pass: where to go next. */
export function NextStepPrompt({ suggestion, onFollow }: { suggestion: NextSuggestion; onFollow: (s: NextSuggestion) => void }) {
  if (suggestion.kind === 'done') {
    return (
      <div className="next-step">
        <p>
          <strong>Every lesson is complete.</strong> Well done — you have built them all.
        </p>
      </div>
    );
  }
  return (
    <div className="next-step">
      <p>
        {suggestion.kind === 'step' ? 'Next step: ' : 'Lesson complete! Next lesson: '}
        <strong>{suggestion.title}</strong>
      </p>
      <button type="button" className="button button-primary" onClick={() => onFollow(suggestion)}>
        {suggestion.kind === 'step' ? 'Go to next step' : 'Start next lesson'} <span aria-hidden="true">→</span>
      </button>
    </div>
  );
}
