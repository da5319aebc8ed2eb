import type { StepSummary } from '../../../src-main/contract/api.js';
import { progressKey } from '../progress/progress.js';

interface Props {
  lessonId: string;
  steps: StepSummary[];
  current: string;
  passed: ReadonlySet<string>;
  onSelect: (stepId: string) => void;
}

/** The lesson's steps in order, each marked passed or not. */
export function StepSwitcher({ lessonId, steps, current, passed, onSelect }: Props) {
  return (
    <nav className="step-switcher" aria-label="Steps">
      <ol>
        {steps.map((step, index) => {
          const isPassed = passed.has(progressKey(lessonId, step.id));
          const isCurrent = step.id === current;
          return (
            <li key={step.id}>
              <button
                type="button"
                className={`step${isCurrent ? ' is-current' : ''}${isPassed ? ' is-passed' : ''}`}
                aria-current={isCurrent ? 'step' : undefined}
                onClick={() => onSelect(step.id)}
              >
                <span className="step-marker" aria-hidden="true">
                  {isPassed ? '✓' : index + 1}
                </span>
                <span className="step-title">{step.title}</span>
                <span className="visually-hidden">{isPassed ? ' (passed)' : ' (not passed yet)'}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
