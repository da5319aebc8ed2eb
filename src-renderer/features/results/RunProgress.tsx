import type { ActiveRun } from './run-state.js';

const PHASE_LABELS = { saving: 'Saving your files…', starting: 'Starting your server…', running: 'Running checks…' } as const;

/** Spinner plus "n of N checks" while a run is going. */
export function RunProgress({ active }: { active: ActiveRun }) {
  const done = active.results.length;
  const total = active.total;
  const label = total !== undefined ? `${done} of ${total} checks` : PHASE_LABELS[active.phase];
  return (
    <div className="run-progress" role="status" data-testid="run-progress">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
      {total !== undefined && total > 0 && <progress className="run-progress-bar" max={total} value={done} aria-label="Checks done" />}
    </div>
  );
}
