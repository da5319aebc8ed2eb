/** The left column: lesson title, steps, and the current step's instructions and hints. */
import { useEffect, useRef } from 'react';
import type { LessonDetail, StepDetail } from '../../../src-main/contract/api.js';
import { Markdown } from './Markdown.js';
import { StepHints } from './StepHints.js';
import { StepSwitcher } from './StepSwitcher.js';

interface Props {
  lesson: LessonDetail;
  step: StepDetail;
  passed: ReadonlySet<string>;
  onSelectStep: (stepId: string) => void;
}

export function LessonGuide({ lesson, step, passed, onSelectStep }: Props) {
  const index = lesson.steps.findIndex((s) => s.id === step.id);
  const isFirst = index === 0;
  const title = useRef<HTMLHeadingElement>(null);

  // A lesson just opened: put focus (and a screen reader) at its title, not back at the top of the page.
  useEffect(() => {
    title.current?.focus({ preventScroll: true });
  }, [lesson.id]);

  return (
    <aside className="lesson-guide" aria-label="Lesson instructions">
      <div className="guide-head">
        <p className="eyebrow">
          {lesson.track} · {lesson.minutes} min
        </p>
        <h1 className="lesson-title" ref={title} tabIndex={-1}>
          {lesson.title}
        </h1>
      </div>
      <StepSwitcher lessonId={lesson.id} steps={lesson.steps} current={step.id} passed={passed} onSelect={onSelectStep} />
      <article className="guide-body" aria-labelledby="step-heading">
        {isFirst && lesson.introduction.trim() !== '' && <Markdown lessonId={lesson.id}>{lesson.introduction}</Markdown>}
        {isFirst && lesson.objectives.length > 0 && (
          <div className="objectives">
            <h2>You will learn to</h2>
            <ul>
              {lesson.objectives.map((objective) => (
                <li key={objective}>{objective}</li>
              ))}
            </ul>
          </div>
        )}
        <h2 className="step-heading" id="step-heading">
          <span className="step-count">
            Step {index + 1} of {lesson.steps.length}
          </span>
          {step.title}
        </h2>
        <Markdown lessonId={lesson.id}>{step.instructions}</Markdown>
        <StepHints key={step.id} lessonId={lesson.id} step={step} />
      </article>
    </aside>
  );
}
