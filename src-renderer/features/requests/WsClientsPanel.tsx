/**
 * WebSocket clients to the learner's server, several at once, side by side: the backend holds
 * the sockets (the page's CSP allows no others) and reports their traffic as events.
 */
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../api/client.js';
import { useServices } from '../../app/services.js';
import { useWsClients } from './use-ws-clients.js';
import { WsClientCard } from './WsClientCard.js';
import './requests.css';

export function WsClientsPanel({ lessonId }: { lessonId: string }) {
  const { client, autosave } = useServices();
  const { clients, added, dismiss } = useWsClients(lessonId);
  const [path, setPath] = useState('/');
  const [name, setName] = useState('');
  const [opening, setOpening] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);

  async function open(event: FormEvent) {
    event.preventDefault();
    if (opening) return;
    setOpening(true);
    setError(undefined);
    try {
      const trimmed = name.trim();
      // The server runs the code as saved: save what was just typed first.
      await autosave.flush(lessonId);
      added(await client.workbench.openWs(lessonId, { path: path.trim() || '/', ...(trimmed ? { name: trimmed } : {}) }));
      setName('');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setOpening(false);
    }
  }

  return (
    <div className="ws-panel">
      <form className="toolbar" aria-label="Open a WebSocket client" onSubmit={(e) => void open(e)}>
        <label className="status-line" htmlFor={`ws-path-${lessonId}`}>
          ws://your-server
        </label>
        <input id={`ws-path-${lessonId}`} className="field code-field" aria-label="WebSocket path" value={path} onChange={(e) => setPath(e.target.value)} size={16} spellCheck={false} />
        <input className="field" aria-label="Client name (optional)" placeholder={`socket ${clients.length + 1}`} value={name} onChange={(e) => setName(e.target.value)} size={12} />
        <button type="submit" className="button button-primary button-small" aria-disabled={opening}>
          {opening ? <span className="spinner" aria-hidden="true" /> : null}
          {opening ? 'Connecting…' : 'Connect'}
        </button>
        {error && (
          <span className="inline-error" role="alert">
            {error}
          </span>
        )}
      </form>
      {clients.length === 0 ? (
        <p className="empty-note">Connect one or more clients to your server’s WebSocket endpoint; each gets its own log. Open two to watch a broadcast reach both.</p>
      ) : (
        <div className="ws-clients">
          {clients.map((state) => (
            <WsClientCard key={state.clientId} lessonId={lessonId} client={state} onDismiss={() => dismiss(state.clientId)} />
          ))}
        </div>
      )}
    </div>
  );
}
