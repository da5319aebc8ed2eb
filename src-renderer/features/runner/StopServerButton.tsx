import { useState } from 'react';
import { errorMessage } from '../../api/client.js';
import { useServices } from '../../app/services.js';

/** Stops the learner's server (the next run starts it again). */
export function StopServerButton({ lessonId, disabled }: { lessonId: string; disabled: boolean }) {
  const { client } = useServices();
  const [stopping, setStopping] = useState(false);
  const [error, setError] = useState<string | undefined>();

  async function stop() {
    setStopping(true);
    setError(undefined);
    try {
      await client.stopServer(lessonId);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setStopping(false);
    }
  }

  return (
    <>
      <button type="button" className="button button-quiet button-small" onClick={() => void stop()} disabled={disabled || stopping} title="Stop your server">
        <span aria-hidden="true">■</span>
        <span>Stop server</span>
      </button>
      {error && (
        <span className="inline-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
