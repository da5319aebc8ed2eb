/** The lesson database's schema: loaded when the inspector is first shown, reloaded when the database changes. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DbSchema } from '../../../src-main/contract/workbench.js';
import { errorMessage, isAbort } from '../../api/client.js';
import { useServerEvents } from '../../app/hooks.js';
import { useServices } from '../../app/services.js';

export interface SchemaState {
  schema: DbSchema | undefined;
  error: string | undefined;
  loading: boolean;
  /** Bumped whenever the database changed, so open pages reload too. */
  version: number;
  reload: () => void;
}

export function useSchema(lessonId: string, active: boolean): SchemaState {
  const { client } = useServices();
  const [schema, setSchema] = useState<DbSchema | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [loading, setLoading] = useState(false);
  const [version, setVersion] = useState(0);
  // The version last loaded: a hidden inspector waits until it is shown.
  const loaded = useRef(-1);

  const load = useCallback(
    (signal: AbortSignal) => {
      setLoading(true);
      return client.workbench.getSchema(lessonId, { signal }).then(
        (next) => {
          setSchema(next);
          setError(undefined);
          setLoading(false);
        },
        (e: unknown) => {
          if (isAbort(e)) return;
          setError(errorMessage(e));
          setLoading(false);
        },
      );
    },
    [client, lessonId],
  );

  useEffect(() => {
    if (!active || loaded.current === version) return;
    loaded.current = version;
    const controller = new AbortController();
    let done = false;
    void load(controller.signal).then(() => (done = true));
    return () => {
      controller.abort();
      // Cut short (hidden mid-load): load again when shown.
      if (!done) {
        loaded.current = -1;
        setLoading(false);
      }
    };
  }, [active, version, load]);

  useServerEvents((event) => {
    const changed = event.type === 'database.changed' && event.lessonId === lessonId;
    const ranChecks = event.type === 'check.finished' && event.run.lessonId === lessonId;
    if (changed || ranChecks) setVersion((v) => v + 1);
  });

  return { schema, error, loading, version, reload: useCallback(() => setVersion((v) => v + 1), []) };
}
