import { describe, expect, it } from 'vitest';
import type { CheckRun, StepProgress } from '../../../src-main/contract/api.js';
import { progressKey } from '../../../src-renderer/features/progress/progress.js';
import { ProgressStore } from '../../../src-renderer/features/progress/progress-store.js';

const LESSON = 'crud/a';

function store(progress: StepProgress[] = []) {
  let loads = 0;
  const progressStore = new ProgressStore({
    getProgress: async () => {
      loads += 1;
      return { progress };
    },
  });
  let changes = 0;
  progressStore.subscribe(() => (changes += 1));
  return { progressStore, loads: () => loads, changes: () => changes };
}

function finished(overrides: Partial<CheckRun>) {
  const run: CheckRun = { runId: 'r', lessonId: LESSON, stepId: '3', passed: true, passedSteps: [], durationMs: 1, results: [], ...overrides };
  return { type: 'check.finished', run } as const;
}

describe('ProgressStore', () => {
  it('marks every step a finished run proved, not only the step that was run', () => {
    const { progressStore } = store();
    progressStore.onServerEvent(finished({ stepId: '3', passedSteps: ['1', '2', '3'] }));
    expect([...progressStore.snapshot()]).toEqual(['1', '2', '3'].map((s) => progressKey(LESSON, s)));
  });

  it('keeps the earlier steps a failed run still proved', () => {
    const { progressStore } = store();
    progressStore.onServerEvent(finished({ stepId: '3', passed: false, passedSteps: ['1'] }));
    expect([...progressStore.snapshot()]).toEqual([progressKey(LESSON, '1')]);
  });

  it('tells its listeners only when something changed', () => {
    const { progressStore, changes } = store();
    progressStore.onServerEvent(finished({ passedSteps: ['1'] }));
    const first = progressStore.snapshot();
    progressStore.onServerEvent(finished({ passedSteps: ['1'] }));
    progressStore.onServerEvent(finished({ passedSteps: [] }));
    expect(changes()).toBe(1);
    expect(progressStore.snapshot()).toBe(first);
  });

  it('reloads from the backend when the socket is (re)connected, keeping what it knew', async () => {
    const { progressStore, loads } = store([{ lessonId: LESSON, stepId: '2', passedAt: '2025-01-01T00:00:00Z' }]);
    progressStore.onServerEvent(finished({ passedSteps: ['1'] }));
    progressStore.onServerEvent({ type: 'ready' });
    await expect.poll(loads).toBe(1);
    await expect.poll(() => progressStore.snapshot().size).toBe(2);
  });

  it('ignores the other events', () => {
    const { progressStore, loads, changes } = store();
    progressStore.onServerEvent({ type: 'server.status', lessonId: LESSON, status: 'running', port: 1 });
    expect(loads()).toBe(0);
    expect(changes()).toBe(0);
  });
});

describe('ProgressStore after a reset', () => {
  it('keeps exactly the lesson’s remaining passes and every other lesson’s', () => {
    const { progressStore, changes } = store();
    progressStore.onServerEvent(finished({ passedSteps: ['1', '2', '3'] }));
    progressStore.onServerEvent(finished({ lessonId: 'crud/b', passedSteps: ['1'] }));
    progressStore.replaceLesson(LESSON, [{ lessonId: LESSON, stepId: '1', passedAt: '2025-01-01T00:00:00Z' }]);
    expect([...progressStore.snapshot()].sort()).toEqual([progressKey(LESSON, '1'), progressKey('crud/b', '1')]);
    expect(changes()).toBe(3);
  });
});
