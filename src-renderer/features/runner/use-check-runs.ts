/** Runs a step's checks: saves pending drafts first, then asks the backend, following live events meanwhile. */
import { useCallback, useReducer, useRef } from 'react';
import { errorMessage } from '../../api/client.js';
import { useServerEvents } from '../../app/hooks.js';
import { useServices } from '../../app/services.js';
import { initialRunsState, runsReducer, type RunsState } from '../results/run-state.js';

export function useCheckRuns(lessonId: string): { runs: RunsState; run: (stepId: string) => Promise<void> } {
  const { client, autosave, progress } = useServices();
  const [runs, dispatch] = useReducer(runsReducer, lessonId, initialRunsState);
  const busy = useRef(false);

  useServerEvents((event) => {
    if (event.type === 'check.started' || event.type === 'check.result' || event.type === 'check.finished') {
      dispatch({ type: 'event', event });
    }
  });

  const run = useCallback(
    async (stepId: string) => {
      if (busy.current) return;
      busy.current = true;
      dispatch({ type: 'requested', stepId });
      try {
        try {
          await autosave.flush(lessonId);
        } catch (error) {
          dispatch({ type: 'failed', stepId, error: `Your changes could not be saved, so the checks did not run. ${errorMessage(error)}` });
          return;
        }
        dispatch({ type: 'saved' });
        try {
          const result = await client.runChecks(lessonId, stepId);
          dispatch({ type: 'completed', run: result });
          for (const proven of result.passedSteps) progress.markPassed(lessonId, proven);
        } catch (error) {
          dispatch({ type: 'failed', stepId, error: errorMessage(error) });
        }
      } finally {
        busy.current = false;
      }
    },
    [autosave, client, lessonId, progress],
  );

  return { runs, run };
}
