import type { LessonSummary } from '../../../src-main/contract/api.js';
import { countPassedSteps } from '../progress/progress.js';

interface Props {
  lesson: LessonSummary;
  passed: ReadonlySet<string>;
  onOpen: (lessonId: string) => void;
}

export function LessonCard({ lesson, passed, onOpen }: Props) {
  const done = countPassedSteps(lesson, passed);
  const total = lesson.steps.length;
  const complete = total > 0 && done === total;
  return (
    <li className={`lesson-card${complete ? ' is-complete' : ''}`}>
      <p className="eyebrow">{lesson.track}</p>
      <h2>
        <button type="button" className="card-link" onClick={() => onOpen(lesson.id)}>
          {lesson.title}
        </button>
      </h2>
      <p className="lesson-summary">{lesson.summary}</p>
      <p className="lesson-meta">
        <span>{lesson.minutes} min</span>
        <span aria-hidden="true">·</span>
        <span>
          {total} {total === 1 ? 'step' : 'steps'}
        </span>
        {complete && <span className="badge badge-pass">Completed</span>}
      </p>
      <div className="lesson-progress">
        <progress max={total || 1} value={done} aria-label={`${lesson.title}: ${done} of ${total} steps passed`} />
        <span className="lesson-progress-label">
          {done} of {total} passed
        </span>
      </div>
    </li>
  );
}
