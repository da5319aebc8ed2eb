import { describe, expect, it } from 'vitest';
import { countPassedSteps, initialStepId, passedSet, progressKey, suggestNext } from '../../../src-renderer/features/progress/progress.js';

const steps = (...ids: string[]) => ids.map((id) => ({ id, title: `Step ${id}` }));
const lessonA = { id: 'crud/a', title: 'A', steps: steps('1', '2', '3') };
const lessonB = { id: 'crud/b', title: 'B', steps: steps('1') };
const lessonC = { id: 'ws/c', title: 'C', steps: steps('1', '2') };
const lessons = [lessonA, lessonB, lessonC];

const passed = (...keys: [string, string][]) => new Set(keys.map(([l, s]) => progressKey(l, s)));

describe('progress', () => {
  it('builds the passed set from the API answer', () => {
    const set = passedSet([{ lessonId: 'crud/a', stepId: '1', passedAt: '2025-01-01T00:00:00Z' }]);
    expect(set.has(progressKey('crud/a', '1'))).toBe(true);
    expect(countPassedSteps(lessonA, set)).toBe(1);
  });

  it('suggests the next step of the lesson', () => {
    expect(suggestNext(lessonA, '1', passed(['crud/a', '1']), lessons)).toEqual({ kind: 'step', stepId: '2', title: 'Step 2' });
  });

  it('skips steps already passed, and goes back for a skipped one', () => {
    expect(suggestNext(lessonA, '2', passed(['crud/a', '2'], ['crud/a', '3']), lessons)).toMatchObject({ kind: 'step', stepId: '1' });
  });

  it('suggests the next unfinished lesson when this one is complete', () => {
    const all = passed(['crud/a', '1'], ['crud/a', '2'], ['crud/a', '3'], ['crud/b', '1']);
    expect(suggestNext(lessonA, '3', all, lessons)).toEqual({ kind: 'lesson', lessonId: 'ws/c', title: 'C' });
  });

  it('says done when everything is passed', () => {
    const all = passed(['crud/a', '1'], ['crud/a', '2'], ['crud/a', '3'], ['crud/b', '1'], ['ws/c', '1'], ['ws/c', '2']);
    expect(suggestNext(lessonC, '2', all, lessons)).toEqual({ kind: 'done' });
  });

  it('opens the requested step, else the first unpassed one', () => {
    expect(initialStepId(lessonA, '3', new Set())).toBe('3');
    expect(initialStepId(lessonA, 'gone', passed(['crud/a', '1']))).toBe('2');
    expect(initialStepId(lessonA, undefined, passed(['crud/a', '1'], ['crud/a', '2'], ['crud/a', '3']))).toBe('1');
    expect(initialStepId({ id: 'x/y', steps: [] }, undefined, new Set())).toBeUndefined();
  });
});
