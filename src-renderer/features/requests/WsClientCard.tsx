/** One WebSocket client: its log (filter, pause autoscroll), a composer (text, JSON, binary) and a close with code and reason. */
import { useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { WsSendRequest } from '../../../src-main/contract/workbench.js';
import { errorMessage } from '../../api/client.js';
import { useServices } from '../../app/services.js';
import { formatBytes } from '../database/cell-format.js';
import { isRunShortcut } from '../runner/use-run-shortcut.js';
import { jsonProblem } from './http-draft.js';
import { describeClose, filterMessages, hexToBase64, logTime, type LogFilter, type WsClientView } from './ws-state.js';

type SendKind = WsSendRequest['kind'];

interface Props {
  lessonId: string;
  client: WsClientView;
  onDismiss: () => void;
}

export function WsClientCard({ lessonId, client, onDismiss }: Props) {
  const { client: api } = useServices();
  const [filter, setFilter] = useState<LogFilter>({ text: '', direction: 'all' });
  const [paused, setPaused] = useState(false);
  const [kind, setKind] = useState<SendKind>('text');
  const [text, setText] = useState('');
  const [closeCode, setCloseCode] = useState('1000');
  const [closeReason, setCloseReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const log = useRef<HTMLOListElement>(null);
  const open = client.status === 'open';
  const messages = filterMessages(client.messages, filter);

  useLayoutEffect(() => {
    if (!paused && log.current) log.current.scrollTop = log.current.scrollHeight;
  }, [messages.length, paused]);

  function request(): WsSendRequest | string {
    if (kind === 'json') return jsonProblem(text) ? `Not valid JSON: ${jsonProblem(text)}` : { kind, data: text };
    if (kind === 'binary') {
      const base64 = hexToBase64(text);
      return base64 === undefined ? 'Write the bytes as hex, e.g. "de ad be ef".' : { kind, base64 };
    }
    return { kind, data: text };
  }

  async function act(action: () => Promise<void>) {
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  function send(event?: FormEvent) {
    event?.preventDefault();
    const body = request();
    if (typeof body === 'string') {
      setError(body);
      return;
    }
    void act(async () => {
      await api.workbench.sendWs(lessonId, client.clientId, body);
      setText('');
    });
  }

  function onComposerKeyDown(event: KeyboardEvent) {
    // Ctrl/Cmd+Enter sends (and does not run the checks); plain Enter in the box adds a line.
    if (!isRunShortcut(event.nativeEvent)) return;
    event.preventDefault();
    send();
  }

  function close(event: FormEvent) {
    event.preventDefault();
    void act(() => api.workbench.closeWs(lessonId, client.clientId, { code: Number(closeCode), reason: closeReason }));
  }

  return (
    <section className={`ws-client ws-${client.status}`} aria-label={`WebSocket client ${client.name}`} data-testid="ws-client">
      <div className="ws-client-head">
        <h3>{client.name}</h3>
        <span className={`server-state server-${open ? 'running' : 'stopped'}`}>
          <span className="server-dot" aria-hidden="true" />
          {open ? 'open' : 'closed'}
        </span>
        <code className="muted ws-url">{client.url}</code>
        {!open && (
          <button type="button" className="button button-quiet button-small" onClick={onDismiss} aria-label={`Remove ${client.name}`}>
            ✕
          </button>
        )}
      </div>
      {client.close && (
        <p className="notice ws-close-info" role="status">
          {describeClose(client.close)}
        </p>
      )}
      {client.errors.map((message, i) => (
        <p key={i} className="inline-error">
          {message}
        </p>
      ))}
      <div className="ws-log-tools">
        <input className="field" type="search" aria-label={`Filter the log of ${client.name}`} placeholder="Filter" value={filter.text} onChange={(e) => setFilter({ ...filter, text: e.target.value })} />
        <select className="field" aria-label="Direction" value={filter.direction} onChange={(e) => setFilter({ ...filter, direction: e.target.value as LogFilter['direction'] })}>
          <option value="all">All</option>
          <option value="sent">Sent</option>
          <option value="received">Received</option>
        </select>
        <label className="status-line">
          <input type="checkbox" checked={paused} onChange={(e) => setPaused(e.target.checked)} /> Pause scroll
        </label>
      </div>
      <ol ref={log} className="ws-log" role="log" aria-label={`Messages of ${client.name}`} tabIndex={0}>
        {messages.length === 0 && <li className="muted">{client.messages.length === 0 ? 'No messages yet.' : 'No message matches the filter.'}</li>}
        {messages.map((message, i) => (
          <li key={i} className={`ws-message ws-${message.direction}`}>
            <span className="ws-time">{logTime(message.at)}</span>
            <span className="ws-direction" aria-label={message.direction}>
              {message.direction === 'sent' ? '↑' : '↓'}
            </span>
            <span className="ws-data">{message.kind === 'binary' ? `binary, ${formatBytes(message.size)} (base64 ${message.data})` : message.data}</span>
            {message.truncated && <span className="muted"> …cut ({formatBytes(message.size)})</span>}
          </li>
        ))}
      </ol>
      {open && (
        <>
          <form className="ws-composer" aria-label={`Send on ${client.name}`} onSubmit={send}>
            <select className="field" aria-label="Message type" value={kind} onChange={(e) => setKind(e.target.value as SendKind)}>
              <option value="text">Text</option>
              <option value="json">JSON</option>
              <option value="binary">Binary (hex)</option>
            </select>
            <textarea className="field code-field" rows={1} aria-label={`Message for ${client.name}`} value={text} onChange={(e) => setText(e.target.value)} onKeyDown={onComposerKeyDown} spellCheck={false} />
            <button type="submit" className="button button-small" aria-disabled={busy}>
              Send
            </button>
          </form>
          <form className="ws-close" aria-label={`Close ${client.name}`} onSubmit={close}>
            <input className="field" aria-label="Close code" value={closeCode} onChange={(e) => setCloseCode(e.target.value)} size={5} inputMode="numeric" />
            <input className="field" aria-label="Close reason" placeholder="reason" value={closeReason} onChange={(e) => setCloseReason(e.target.value)} maxLength={123} />
            <button type="submit" className="button button-quiet button-small" aria-disabled={busy}>
              Close
            </button>
          </form>
        </>
      )}
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
