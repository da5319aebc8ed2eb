import { describe, expect, it } from 'vitest';
import type { LessonSummary, TrackSummary } from '../../../src-main/contract/api.js';
import { courseOverview, nextUp, plural } from '../../../src-renderer/features/lesson-list/course-overview.js';
import { progressKey } from '../../../src-renderer/features/progress/progress.js';

function lesson(id: string, minutes: number, ...stepIds: string[]): LessonSummary {
  const track = id.split('/')[0]!;
  return { id, track, title: `Lesson ${id}`, summary: '', minutes, steps: stepIds.map((s) => ({ id: s, title: `Step ${s}` })) };
}

// In the catalog's order, which is the teaching order of the tracks.
const crudA = lesson('crud/01-a', 30, '1', '2', '3');
const crudB = lesson('crud/02-b', 20, '1', '2');
const security = lesson('security/01-auth', 25, '1');
const sockets = lesson('websockets/01-echo', 15, '1', '2');
const limits = lesson('rate-limiting/01-bucket', 40, '1');
const catalog = [crudA, crudB, security, sockets, limits];
const tracks: TrackSummary[] = [
  { id: 'crud', title: 'CRUD', summary: 'Build an API.' },
  { id: 'security', title: 'API security', summary: '' },
  { id: 'websockets', title: 'WebSockets', summary: '' },
  { id: 'rate-limiting', title: 'Rate limiting', summary: '' },
  { id: 'graphql', title: 'GraphQL', summary: 'No lessons yet.' },
];

const passed = (...keys: [string, string][]) => new Set(keys.map(([l, s]) => progressKey(l, s)));

describe('course overview', () => {
  it("groups lessons by track in the catalog's order, with each lesson's and each track's totals", () => {
    const overview = courseOverview(tracks, catalog, passed(['crud/01-a', '1'], ['crud/01-a', '2'], ['crud/02-b', '1'], ['websockets/01-echo', '2']));
    // A track without lessons (graphql here) is left out.
    expect(overview.map((t) => t.title)).toEqual(['CRUD', 'API security', 'WebSockets', 'Rate limiting']);
    expect(overview[0]).toMatchObject({ track: 'crud', summary: 'Build an API.', passed: 3, total: 5, minutes: 50 });
    expect(overview[0]!.lessons.map((l) => [l.lesson.id, l.passed, l.total])).toEqual([
      ['crud/01-a', 2, 3],
      ['crud/02-b', 1, 2],
    ]);
    expect(overview[2]).toMatchObject({ passed: 1, total: 2, minutes: 15 });
    expect(overview[3]).toMatchObject({ passed: 0, total: 1, minutes: 40 });
  });

  it('ignores progress of lessons the catalog no longer has', () => {
    const overview = courseOverview(tracks, [crudB], passed(['crud/01-a', '1'], ['crud/02-b', '2']));
    expect(overview).toEqual([expect.objectContaining({ passed: 1, total: 2 })]);
  });

  it('counts in words', () => {
    expect(`1 ${plural(1, 'step')}, 0 ${plural(0, 'step')}, 2 ${plural(2, 'lesson')}`).toBe('1 step, 0 steps, 2 lessons');
  });

  it('names a track the catalog does not describe by its folder', () => {
    expect(courseOverview(tracks, [lesson('elixir/01-x', 5, '1')], new Set())[0]).toMatchObject({ title: 'elixir', summary: '' });
  });
});

describe('next up', () => {
  it('starts a fresh course at the first step of the first lesson', () => {
    expect(nextUp(catalog, new Set(), undefined)).toMatchObject({ kind: 'start', lessonId: 'crud/01-a', stepId: '1', stepNumber: 1 });
  });

  it('continues on the step the learner was last on while it is not passed', () => {
    const next = nextUp(catalog, passed(['crud/01-a', '1']), { lessonId: 'crud/02-b', stepId: '2' });
    expect(next).toEqual({ kind: 'continue', lessonId: 'crud/02-b', lessonTitle: 'Lesson crud/02-b', stepId: '2', stepNumber: 2, stepTitle: 'Step 2' });
  });

  it('moves past a step already passed to the next one of that lesson', () => {
    expect(nextUp(catalog, passed(['crud/01-a', '1']), { lessonId: 'crud/01-a', stepId: '1' })).toMatchObject({ lessonId: 'crud/01-a', stepId: '2', stepNumber: 2 });
  });

  it('goes on to the next unfinished lesson once the last one is complete', () => {
    const done = passed(['crud/01-a', '1'], ['crud/01-a', '2'], ['crud/01-a', '3'], ['crud/02-b', '1'], ['crud/02-b', '2']);
    expect(nextUp(catalog, done, { lessonId: 'crud/01-a', stepId: '3' })).toMatchObject({ kind: 'continue', lessonId: 'security/01-auth', stepId: '1' });
  });

  it('falls back to the first unfinished lesson when the last one is gone', () => {
    expect(nextUp(catalog, passed(['crud/01-a', '1']), { lessonId: 'crud/09-removed', stepId: '1' })).toMatchObject({ kind: 'continue', lessonId: 'crud/01-a', stepId: '2' });
  });

  it('has nothing next when every step is passed', () => {
    const all = new Set(catalog.flatMap((l) => l.steps.map((s) => progressKey(l.id, s.id))));
    expect(nextUp(catalog, all, { lessonId: 'crud/01-a', stepId: '1' })).toBeUndefined();
    expect(nextUp(catalog, all, undefined)).toBeUndefined();
  });
});
