import { plural, type LessonProgress } from './course-overview.js';

interface Props {
  progress: LessonProgress;
  /** The lesson the "Continue" button leads to. */
  isNext: boolean;
  onOpen: (lessonId: string) => void;
}

export function LessonCard({ progress: { lesson, passed, total }, isNext, onOpen }: Props) {
  const complete = total > 0 && passed === total;
  return (
    <li className={`lesson-card${complete ? ' is-complete' : ''}${isNext ? ' is-next' : ''}`}>
      <h3>
        <button type="button" className="card-link" onClick={() => onOpen(lesson.id)}>
          {lesson.title}
        </button>
      </h3>
      <p className="lesson-summary">{lesson.summary}</p>
      <p className="lesson-meta">
        <span>{lesson.minutes} min</span>
        <span aria-hidden="true">·</span>
        <span>
          {total} {plural(total, 'step')}
        </span>
        {complete && <span className="badge badge-pass">Completed</span>}
        {isNext && <span className="badge badge-next">Up next</span>}
      </p>
      <div className="lesson-progress">
        <progress max={total || 1} value={passed} aria-label={`${lesson.title}: ${passed} of ${total} ${plural(total, 'step')} passed`} />
        <span className="lesson-progress-label" aria-hidden="true">
          {passed} of {total} passed
        </span>
      </div>
    </li>
  );
}
