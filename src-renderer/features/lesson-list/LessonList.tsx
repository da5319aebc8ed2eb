/** The catalog: every lesson with its progress, and broken lessons with the reason they failed to load. */
import type { LessonCatalog } from '../../../src-main/contract/api.js';
import { usePassedSteps } from '../../app/hooks.js';
import { BrokenLessonCard } from './BrokenLessonCard.js';
import { LessonCard } from './LessonCard.js';
import './lesson-list.css';

export function LessonList({ catalog, onOpen }: { catalog: LessonCatalog; onOpen: (lessonId: string) => void }) {
  const passed = usePassedSteps();
  const empty = catalog.lessons.length === 0 && catalog.broken.length === 0;
  return (
    <div className="lesson-list-page">
      <h1>Lessons</h1>
      <p className="lead">Write a real server, run it, and watch the checks talk to it. Pick a lesson to start.</p>
      {empty && <p className="empty">No lessons found in the lessons folder.</p>}
      <ul className="lesson-grid" aria-label="Lessons">
        {catalog.lessons.map((lesson) => (
          <LessonCard key={lesson.id} lesson={lesson} passed={passed} onOpen={onOpen} />
        ))}
        {catalog.broken.map((broken) => (
          <BrokenLessonCard key={broken.id} lesson={broken} />
        ))}
      </ul>
    </div>
  );
}
