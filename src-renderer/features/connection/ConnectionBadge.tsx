import { useConnectionState } from '../../app/hooks.js';

const LABELS = {
  connecting: 'Connecting…',
  open: 'Live',
  reconnecting: 'Reconnecting…',
  unauthorized: 'Not signed in to live updates',
  stopped: 'Offline',
} as const;

/** Whether live output and results can reach the page. */
export function ConnectionBadge() {
  const state = useConnectionState();
  return (
    <span className={`connection connection-${state}`} role="status" title={state === 'open' ? 'Live updates are connected' : LABELS[state]}>
      <span className="connection-dot" aria-hidden="true" />
      <span className="connection-label">{LABELS[state]}</span>
    </span>
  );
}
