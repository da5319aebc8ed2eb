/**
 * The check runs of one lesson, driven by the POST /checks answer and by the live events.
 * Results stream in as `check.result` events; the answer (or `check.finished`) settles the run.
 * Either may arrive first, and events of other lessons or runs are ignored.
 */
import type { CheckResult, CheckRun } from '../../../src-main/contract/api.js';
import type { ServerEvent } from '../../../src-main/contract/events.js';

export type RunPhase = 'saving' | 'starting' | 'running';

export interface ActiveRun {
  stepId: string;
  phase: RunPhase;
  runId: string | undefined;
  total: number | undefined;
  results: CheckResult[];
}

export interface RunsState {
  lessonId: string;
  active: ActiveRun | undefined;
  /** The last finished run of each step. */
  finished: Record<string, CheckRun>;
  /** Why the last run could not happen (save failed, backend error), per step. */
  errors: Record<string, string>;
}

export type RunsAction =
  | { type: 'requested'; stepId: string }
  | { type: 'saved' }
  | { type: 'event'; event: ServerEvent }
  | { type: 'completed'; run: CheckRun }
  | { type: 'failed'; stepId: string; error: string }
  /** The learner's files were reset: every result shown describes code that is gone. */
  | { type: 'cleared' };

export function initialRunsState(lessonId: string): RunsState {
  return { lessonId, active: undefined, finished: {}, errors: {} };
}

export function runsReducer(state: RunsState, action: RunsAction): RunsState {
  switch (action.type) {
    case 'requested': {
      if (state.active) return state;
      const { [action.stepId]: _dropped, ...errors } = state.errors;
      return { ...state, errors, active: { stepId: action.stepId, phase: 'saving', runId: undefined, total: undefined, results: [] } };
    }
    case 'saved':
      return state.active?.phase === 'saving' ? { ...state, active: { ...state.active, phase: 'starting' } } : state;
    case 'failed': {
      if (state.active && state.active.stepId !== action.stepId) return state;
      return { ...state, active: undefined, errors: { ...state.errors, [action.stepId]: action.error } };
    }
    case 'completed':
      return settle(state, action.run);
    case 'event':
      return applyEvent(state, action.event);
    case 'cleared':
      return { ...initialRunsState(state.lessonId), active: state.active };
  }
}

function applyEvent(state: RunsState, event: ServerEvent): RunsState {
  const active = state.active;
  switch (event.type) {
    case 'check.started': {
      if (!active || event.lessonId !== state.lessonId || event.stepId !== active.stepId) return state;
      if (active.runId !== undefined && active.runId !== event.runId) return state;
      return { ...state, active: { ...active, phase: 'running', runId: event.runId, total: event.total } };
    }
    case 'check.result': {
      if (!active || event.lessonId !== state.lessonId || event.result.stepId !== active.stepId) return state;
      if (active.runId !== undefined && active.runId !== event.runId) return state;
      const results = active.results.filter((r) => r.id !== event.result.id);
      results.push(event.result);
      return { ...state, active: { ...active, phase: 'running', runId: event.runId, results } };
    }
    case 'check.finished':
      if (event.run.lessonId !== state.lessonId) return state;
      if (active && active.runId !== undefined && active.runId !== event.run.runId) return state;
      return settle(state, event.run);
    default:
      return state;
  }
}

function settle(state: RunsState, run: CheckRun): RunsState {
  if (run.lessonId !== state.lessonId) return state;
  // The answer and `check.finished` report the same run; only the first settles it, so the late one
  // cannot end the next run, which may already have been requested and not yet have a run id.
  if (state.finished[run.stepId]?.runId === run.runId) return state;
  const endsActive = state.active !== undefined && state.active.stepId === run.stepId && (state.active.runId === undefined || state.active.runId === run.runId);
  return {
    ...state,
    active: endsActive ? undefined : state.active,
    finished: { ...state.finished, [run.stepId]: run },
  };
}

/** How many checks of the active run are done, and of how many (when the backend has said). */
export function runProgress(active: ActiveRun): { done: number; total: number | undefined } {
  return { done: active.results.length, total: active.total };
}

export function countPassed(results: readonly CheckResult[]): number {
  return results.filter((r) => r.status === 'passed').length;
}
