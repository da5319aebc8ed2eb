import type { NextUp } from './course-overview.js';

interface Props {
  next: NextUp | undefined;
  hasLessons: boolean;
  onOpen: (lessonId: string, stepId: string) => void;
}

/** Where the learner is and what comes next, one click (or Enter) away. */
export function NextUpCard({ next, hasLessons, onOpen }: Props) {
  if (!next) {
    return hasLessons ? <p className="next-up is-done">You have passed every step of every lesson. Well done!</p> : null;
  }
  const verb = next.kind === 'start' ? 'Start' : 'Continue';
  return (
    <div className="next-up">
      <button type="button" className="button button-primary next-up-button" onClick={() => onOpen(next.lessonId, next.stepId)}>
        {verb}: {next.lessonTitle} — step {next.stepNumber}
      </button>
      <span className="next-up-step">{next.stepTitle}</span>
    </div>
  );
}
