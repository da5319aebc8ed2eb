import { describe, expect, it } from 'vitest';
import type { CheckResult, CheckRun } from '../../../src-main/contract/api.js';
import type { ServerEvent } from '../../../src-main/contract/events.js';
import { initialRunsState, runsReducer, type RunsAction, type RunsState } from '../../../src-renderer/features/results/run-state.js';

const LESSON = 'crud/01-first-endpoints';

function result(index: number, status: CheckResult['status'] = 'passed', stepId = 'step-1'): CheckResult {
  return { id: `${stepId}/${index}`, stepId, name: `check ${index}`, status, message: status === 'failed' ? 'nope' : '', durationMs: 3, exchanges: [] };
}

function run(overrides: Partial<CheckRun> = {}): CheckRun {
  return { runId: 'run-1', lessonId: LESSON, stepId: 'step-1', passed: true, passedSteps: ['step-1'], durationMs: 40, results: [result(0), result(1)], ...overrides };
}

function apply(state: RunsState, ...actions: RunsAction[]): RunsState {
  return actions.reduce(runsReducer, state);
}

const event = (e: ServerEvent): RunsAction => ({ type: 'event', event: e });

describe('runsReducer', () => {
  it('follows a run from request to streamed results to the answer', () => {
    let state = apply(initialRunsState(LESSON), { type: 'requested', stepId: 'step-1' });
    expect(state.active?.phase).toBe('saving');
    state = apply(state, { type: 'saved' });
    expect(state.active?.phase).toBe('starting');
    state = apply(state, event({ type: 'check.started', runId: 'run-1', lessonId: LESSON, stepId: 'step-1', total: 2 }));
    expect(state.active).toMatchObject({ phase: 'running', runId: 'run-1', total: 2, results: [] });
    state = apply(state, event({ type: 'check.result', runId: 'run-1', lessonId: LESSON, result: result(0) }));
    expect(state.active?.results.map((r) => r.id)).toEqual(['step-1/0']);
    state = apply(state, { type: 'completed', run: run() });
    expect(state.active).toBeUndefined();
    expect(state.finished['step-1']?.runId).toBe('run-1');
  });

  it('accepts check.finished before the HTTP answer, and the answer changes nothing after', () => {
    let state = apply(
      initialRunsState(LESSON),
      { type: 'requested', stepId: 'step-1' },
      { type: 'saved' },
      event({ type: 'check.started', runId: 'run-1', lessonId: LESSON, stepId: 'step-1', total: 2 }),
      event({ type: 'check.finished', run: run() }),
    );
    expect(state.active).toBeUndefined();
    const afterEvent = state;
    state = apply(state, { type: 'completed', run: run() });
    expect(state).toBe(afterEvent);
  });

  it('a late answer of the last run does not end the next one', () => {
    const next = apply(
      initialRunsState(LESSON),
      { type: 'requested', stepId: 'step-1' },
      event({ type: 'check.started', runId: 'run-1', lessonId: LESSON, stepId: 'step-1', total: 2 }),
      event({ type: 'check.finished', run: run() }),
      { type: 'requested', stepId: 'step-1' },
    );
    expect(apply(next, { type: 'completed', run: run() })).toBe(next);
  });

  it('a late check.finished of the last run does not end the next one', () => {
    const next = apply(
      initialRunsState(LESSON),
      { type: 'requested', stepId: 'step-1' },
      { type: 'completed', run: run() },
      { type: 'requested', stepId: 'step-1' },
    );
    expect(apply(next, event({ type: 'check.finished', run: run() }))).toBe(next);
  });

  it('ignores events of other lessons and other runs', () => {
    const base = apply(
      initialRunsState(LESSON),
      { type: 'requested', stepId: 'step-1' },
      event({ type: 'check.started', runId: 'run-1', lessonId: LESSON, stepId: 'step-1', total: 3 }),
    );
    const state = apply(
      base,
      event({ type: 'check.result', runId: 'run-1', lessonId: 'other/lesson', result: result(0) }),
      event({ type: 'check.result', runId: 'run-0', lessonId: LESSON, result: result(0) }),
      event({ type: 'check.finished', run: run({ runId: 'run-0' }) }),
      event({ type: 'server.output', lessonId: LESSON, stream: 'stdout', text: 'hi', at: 1 }),
    );
    expect(state).toBe(base);
  });

  it('does not count a result twice', () => {
    const state = apply(
      initialRunsState(LESSON),
      { type: 'requested', stepId: 'step-1' },
      event({ type: 'check.started', runId: 'run-1', lessonId: LESSON, stepId: 'step-1', total: 2 }),
      event({ type: 'check.result', runId: 'run-1', lessonId: LESSON, result: result(0, 'failed') }),
      event({ type: 'check.result', runId: 'run-1', lessonId: LESSON, result: result(0, 'failed') }),
    );
    expect(state.active?.results).toHaveLength(1);
  });

  it('a second request while a run is active is ignored', () => {
    const first = apply(initialRunsState(LESSON), { type: 'requested', stepId: 'step-1' });
    expect(apply(first, { type: 'requested', stepId: 'step-2' })).toBe(first);
  });

  it('a failure ends the run and is kept per step until the next request', () => {
    let state = apply(initialRunsState(LESSON), { type: 'requested', stepId: 'step-1' }, { type: 'failed', stepId: 'step-1', error: 'boom' });
    expect(state.active).toBeUndefined();
    expect(state.errors['step-1']).toBe('boom');
    state = apply(state, { type: 'requested', stepId: 'step-1' });
    expect(state.errors['step-1']).toBeUndefined();
  });

  it('keeps the last run of each step', () => {
    const state = apply(
      initialRunsState(LESSON),
      { type: 'requested', stepId: 'step-1' },
      { type: 'completed', run: run() },
      { type: 'requested', stepId: 'step-2' },
      { type: 'completed', run: run({ runId: 'run-2', stepId: 'step-2', passed: false, results: [result(0, 'failed', 'step-2')] }) },
    );
    expect(Object.keys(state.finished).sort()).toEqual(['step-1', 'step-2']);
    expect(state.finished['step-2']?.passed).toBe(false);
  });

  it('forgets every finished run and error after a reset, but follows a run still under way', () => {
    const state = apply(
      initialRunsState(LESSON),
      { type: 'requested', stepId: 'step-1' },
      { type: 'completed', run: run() },
      { type: 'requested', stepId: 'step-2' },
      { type: 'failed', stepId: 'step-2', error: 'boom' },
      { type: 'requested', stepId: 'step-3' },
      { type: 'cleared' },
    );
    expect(state.finished).toEqual({});
    expect(state.errors).toEqual({});
    expect(state.active?.stepId).toBe('step-3');
  });

  it('records a run with a server failure', () => {
    const failed = run({ passed: false, results: [], serverFailure: { reason: 'syntax', message: 'Unexpected token', output: 'server.ts:3' } });
    const state = apply(initialRunsState(LESSON), { type: 'requested', stepId: 'step-1' }, { type: 'completed', run: failed });
    expect(state.finished['step-1']?.serverFailure?.reason).toBe('syntax');
  });
});
