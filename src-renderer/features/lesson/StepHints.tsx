/**
 * A step's hints, revealed one at a time: a nudge first, nearly the answer last. Revealed hints
 * stay, and are remembered per step. The button keeps focus throughout (it says "All shown" at the
 * end rather than vanishing), and each new hint is announced politely.
 */
import type { StepDetail } from '../../../src-main/contract/api.js';
import { usePreferences } from '../../app/hooks.js';
import { useServices } from '../../app/services.js';
import { revealedHintCount, revealNextHint } from './hint-reveal.js';
import { Markdown } from './Markdown.js';

/** Mount with `key={step.id}`: a new step gets a fresh live region, so its stored hints are not read out. */
export function StepHints({ lessonId, step }: { lessonId: string; step: StepDetail }) {
  const { preferences } = useServices();
  const { revealedHints } = usePreferences();
  const total = step.hints.length;
  if (total === 0) return null;
  const shown = revealedHintCount(revealedHints, lessonId, step.id, total);
  const allShown = shown === total;

  function reveal() {
    if (allShown) return;
    preferences.set('revealedHints', revealNextHint(revealedHints, lessonId, step.id, total));
  }

  return (
    <section className="hints" aria-labelledby="hints-heading">
      <h3 className="hints-heading" id="hints-heading">
        Stuck? Hints
      </h3>
      <ol className="hint-list" aria-live="polite">
        {step.hints.slice(0, shown).map((hint, index) => (
          <li key={index} className="hint" data-testid="hint">
            <span className="hint-label">Hint {index + 1}</span>
            <Markdown lessonId={lessonId}>{hint}</Markdown>
          </li>
        ))}
      </ol>
      <button type="button" className="button button-small" aria-disabled={allShown || undefined} onClick={reveal}>
        {allShown ? `All ${total} ${total === 1 ? 'hint' : 'hints'} shown` : `Show hint ${shown + 1} of ${total}`}
      </button>
    </section>
  );
}
