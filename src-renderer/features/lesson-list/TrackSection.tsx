import { plural, type TrackOverview } from './course-overview.js';
import { LessonCard } from './LessonCard.js';

interface Props {
  track: TrackOverview;
  nextLessonId: string | undefined;
  onOpen: (lessonId: string) => void;
}

/** One track: its name, its total progress and time, and its lessons in order. */
export function TrackSection({ track, nextLessonId, onOpen }: Props) {
  const headingId = `track-${track.track}`;
  return (
    <section className="track" aria-labelledby={headingId}>
      <div className="track-head">
        <h2 id={headingId}>{track.title}</h2>
        <p className="track-meta" data-testid="track-total">
          {track.passed} of {track.total} {plural(track.total, 'step')} passed · {track.lessons.length} {plural(track.lessons.length, 'lesson')} ·{' '}
          {track.minutes} min
        </p>
        {track.summary && <p className="track-summary">{track.summary}</p>}
        <progress className="track-progress" max={track.total || 1} value={track.passed} aria-label={`${track.title}: ${track.passed} of ${track.total} ${plural(track.total, 'step')} passed`} />
      </div>
      <ul className="lesson-grid" aria-label={`${track.title} lessons`}>
        {track.lessons.map((progress) => (
          <LessonCard key={progress.lesson.id} progress={progress} isNext={progress.lesson.id === nextLessonId} onOpen={onOpen} />
        ))}
      </ul>
    </section>
  );
}
