/**
 * Runs a step's checks: saves pending drafts first, then asks the backend, following live events
 * meanwhile. Progress is not recorded here: the progress store follows `check.finished` itself.
 */
import { useCallback, useReducer } from 'react';
import { errorMessage } from '../../api/client.js';
import { useServerEvents } from '../../app/hooks.js';
import { useServices } from '../../app/services.js';
import { initialRunsState, runsReducer, type RunsState } from '../results/run-state.js';

export function useCheckRuns(lessonId: string): { runs: RunsState; run: (stepId: string) => Promise<void>; clear: () => void } {
  const { client, autosave } = useServices();
  const [runs, dispatch] = useReducer(runsReducer, lessonId, initialRunsState);
  // Each key press or click is its own discrete event, so React has rendered `requested` before the next one arrives.
  const running = runs.active !== undefined;

  useServerEvents((event) => {
    if (event.type === 'check.started' || event.type === 'check.result' || event.type === 'check.finished') {
      dispatch({ type: 'event', event });
    }
  });

  const run = useCallback(
    async (stepId: string) => {
      if (running) return;
      dispatch({ type: 'requested', stepId });
      try {
        await autosave.flush(lessonId);
      } catch (error) {
        dispatch({ type: 'failed', stepId, error: `Your changes could not be saved, so the checks did not run. ${errorMessage(error)}` });
        return;
      }
      dispatch({ type: 'saved' });
      try {
        dispatch({ type: 'completed', run: await client.runChecks(lessonId, stepId) });
      } catch (error) {
        dispatch({ type: 'failed', stepId, error: errorMessage(error) });
      }
    },
    [autosave, client, lessonId, running],
  );

  const clear = useCallback(() => dispatch({ type: 'cleared' }), []);

  return { runs, run, clear };
}
