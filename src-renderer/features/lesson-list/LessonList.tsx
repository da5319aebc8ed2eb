/**
 * The course overview: what comes next, every track with its lessons and progress, and broken
 * lessons with the reason they failed to load.
 */
import { useMemo } from 'react';
import type { LessonCatalog } from '../../../src-main/contract/api.js';
import { usePassedSteps, usePreferences } from '../../app/hooks.js';
import { BrokenLessonCard } from './BrokenLessonCard.js';
import { courseOverview, nextUp } from './course-overview.js';
import { NextUpCard } from './NextUpCard.js';
import { TrackSection } from './TrackSection.js';
import './lesson-list.css';

export function LessonList({ catalog, onOpen }: { catalog: LessonCatalog; onOpen: (lessonId: string, stepId?: string) => void }) {
  const passed = usePassedSteps();
  const { lastOpened } = usePreferences();
  const tracks = useMemo(() => courseOverview(catalog.tracks, catalog.lessons, passed), [catalog, passed]);
  const next = useMemo(() => nextUp(catalog.lessons, passed, lastOpened), [catalog, passed, lastOpened]);
  const empty = catalog.lessons.length === 0 && catalog.broken.length === 0;
  return (
    <div className="lesson-list-page">
      <h1>Lessons</h1>
      <p className="lead">Write a real server, run it, and watch the checks talk to it.</p>
      <NextUpCard next={next} hasLessons={catalog.lessons.length > 0} onOpen={onOpen} />
      {empty && <p className="empty">No lessons found in the lessons folder.</p>}
      {tracks.map((track) => (
        <TrackSection key={track.track} track={track} nextLessonId={next?.lessonId} onOpen={onOpen} />
      ))}
      {catalog.broken.length > 0 && (
        <section className="track" aria-labelledby="track-broken">
          <div className="track-head">
            <h2 id="track-broken">Lessons that could not load</h2>
          </div>
          <ul className="lesson-grid" aria-label="Broken lessons">
            {catalog.broken.map((broken) => (
              <BrokenLessonCard key={broken.id} lesson={broken} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
