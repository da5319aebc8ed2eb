import { runShortcutLabel } from '../../app/hooks.js';

/** Stays focusable while a run is going (aria-disabled, not disabled), so keyboard focus is not lost. */
export function RunButton({ running, onRun }: { running: boolean; onRun: () => void }) {
  const shortcut = runShortcutLabel();
  return (
    <button
      type="button"
      className="button button-primary run-button"
      onClick={() => {
        if (!running) onRun();
      }}
      aria-disabled={running}
      aria-keyshortcuts="Control+Enter Meta+Enter"
      title={`Run checks (${shortcut})`}
    >
      {running ? <span className="spinner" aria-hidden="true" /> : <span className="run-icon" aria-hidden="true">▶</span>}
      <span>Run checks</span>
      <kbd aria-hidden="true">{shortcut}</kbd>
    </button>
  );
}
