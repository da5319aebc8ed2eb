/**
 * How strongly the learner's code is isolated on this machine, next to the server's state; opens
 * to the plain list of what that protects against and what it does not.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { SandboxInfo } from '../../../src-main/contract/api.js';
import { useServices } from '../../app/services.js';

export function SandboxIndicator() {
  const { client } = useServices();
  const [info, setInfo] = useState<SandboxInfo>();
  const details = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    const request = new AbortController();
    // Without an answer there is nothing true to show; the console works as before.
    client.getSandbox({ signal: request.signal }).then(setInfo, () => undefined);
    return () => request.abort();
  }, [client]);

  function closeOnEscape(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !details.current?.open) return;
    details.current.open = false;
    details.current.querySelector('summary')?.focus();
  }

  if (!info) return null;
  const label = info.level === 'bubblewrap' ? 'Sandboxed' : 'Basic sandbox';
  return (
    <details className={`sandbox-indicator sandbox-${info.level}`} ref={details} onKeyDown={closeOnEscape}>
      <summary title={info.title} aria-label={`${label}: ${info.title}. Show what it protects against.`}>
        <span className="sandbox-dot" aria-hidden="true" />
        {label}
      </summary>
      <div className="sandbox-details">
        <p className="sandbox-title">
          {info.title}
          {info.reason && <span className="sandbox-reason"> — {info.reason}.</span>}
        </p>
        <h3>Protects against</h3>
        <ul>
          {info.protects.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <h3>Does not stop</h3>
        <ul>
          {info.doesNotProtect.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
    </details>
  );
}
