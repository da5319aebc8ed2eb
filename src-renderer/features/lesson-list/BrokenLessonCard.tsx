import type { BrokenLesson } from '../../../src-main/contract/api.js';

/** A lesson the catalog could not load: shown so an author can see why. */
export function BrokenLessonCard({ lesson }: { lesson: BrokenLesson }) {
  return (
    <li className="lesson-card is-broken">
      <p className="eyebrow">
        <span className="badge badge-fail">Broken</span> {lesson.id}
      </p>
      <p className="broken-reason">{lesson.reason}</p>
      <p className="broken-file">
        in <code>{lesson.file}</code>
      </p>
    </li>
  );
}
