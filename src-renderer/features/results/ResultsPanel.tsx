/**
 * The "Check results" region: progress while a run is going, then a summary, the server failure
 * if the server never came up, each check with its details, and what to do next after a pass.
 */
import type { CheckResult, CheckRun } from '../../../src-main/contract/api.js';
import { runShortcutLabel } from '../../app/hooks.js';
import type { NextSuggestion } from '../progress/progress.js';
import { CheckResultItem } from './CheckResultItem.js';
import { formatDuration } from './format.js';
import { NextStepPrompt } from './NextStepPrompt.js';
import { RunProgress } from './RunProgress.js';
import { countPassed, type ActiveRun } from './run-state.js';
import { ServerFailureNotice } from './ServerFailureNotice.js';
import './results.css';

interface Props {
  stepTitle: string;
  /** The run in progress for this step, if any. */
  active: ActiveRun | undefined;
  /** Another step's run is in progress. */
  busyElsewhere: boolean;
  finished: CheckRun | undefined;
  error: string | undefined;
  suggestion: NextSuggestion | undefined;
  onFollowSuggestion: (suggestion: NextSuggestion) => void;
}

export function ResultsPanel({ stepTitle, active, busyElsewhere, finished, error, suggestion, onFollowSuggestion }: Props) {
  const results: CheckResult[] = active ? active.results : (finished?.results ?? []);
  const showFinished = !active && !error && finished !== undefined;
  return (
    <section className="results-panel" aria-labelledby="results-title">
      <div className="panel-header">
        <h2 className="panel-title" id="results-title">
          Check results
        </h2>
        <span className="panel-subtitle">{stepTitle}</span>
      </div>
      <div className="results-body">
        {active && <RunProgress active={active} />}
        {!active && busyElsewhere && <p className="muted">Checks of another step are running…</p>}
        {!active && error && (
          <div className="run-error" role="alert">
            <h3>The checks could not run</h3>
            <p>{error}</p>
          </div>
        )}
        {showFinished && <RunSummary run={finished} />}
        {showFinished && finished.serverFailure && <ServerFailureNotice failure={finished.serverFailure} />}
        {!active && !error && !finished && !busyElsewhere && (
          <p className="results-empty">
            Press <strong>Run checks</strong> (<kbd>{runShortcutLabel()}</kbd>) to start your server and test it against this step.
          </p>
        )}
        <ol className="check-list" aria-live="polite" aria-label="Checks" data-testid="check-list">
          {results.map((result) => (
            <CheckResultItem key={result.id} result={result} />
          ))}
        </ol>
        {showFinished && finished.passed && suggestion && <NextStepPrompt suggestion={suggestion} onFollow={onFollowSuggestion} />}
      </div>
    </section>
  );
}

function RunSummary({ run }: { run: CheckRun }) {
  const total = run.results.length;
  const passed = countPassed(run.results);
  const text = run.serverFailure
    ? 'Your server did not start, so no checks ran.'
    : run.passed
      ? `All ${total} ${total === 1 ? 'check' : 'checks'} passed — step complete!`
      : `${passed} of ${total} checks passed.`;
  return (
    <p className={`run-summary ${run.passed ? 'is-passed' : 'is-failed'}`} role="status" data-testid="run-summary">
      <span className="run-summary-icon" aria-hidden="true">
        {run.passed ? '✓' : '✗'}
      </span>
      <span>{text}</span>
      <span className="muted run-summary-time">{formatDuration(run.durationMs)}</span>
    </p>
  );
}
