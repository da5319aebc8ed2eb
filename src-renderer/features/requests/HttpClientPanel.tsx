/**
 * The HTTP client: write a request (method, path, query, headers, a JSON / text / form body) and
 * send it to the learner's server through the backend, which starts the server if needed. The
 * answer, what the server printed and what it changed are shown; requests are kept per lesson.
 */
import { useCallback, useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { HttpHistoryEntry, HttpSendResult } from '../../../src-main/contract/workbench.js';
import { errorMessage } from '../../api/client.js';
import { runShortcutLabel } from '../../app/hooks.js';
import { useServices } from '../../app/services.js';
import { formatDuration } from '../results/format.js';
import { isRunShortcut } from '../runner/use-run-shortcut.js';
import { TabList, TabPanel } from '../workbench/TabList.js';
import { HttpResult } from './HttpResult.js';
import { emptyDraft, fromSendRequest, HTTP_METHODS, jsonProblem, needsJsonConfirmation, requestLine, toSendRequest, type BodyKind, type HttpDraft, type HttpMethod } from './http-draft.js';
import { NameValueEditor } from './NameValueEditor.js';
import './requests.css';

const ID = 'http-part';
type Part = 'params' | 'headers' | 'body';

type SendState = { kind: 'idle' } | { kind: 'sending' } | { kind: 'done'; result: HttpSendResult } | { kind: 'failed'; message: string };

export function HttpClientPanel({ lessonId }: { lessonId: string }) {
  const { client, autosave } = useServices();
  const [draft, setDraft] = useState<HttpDraft>(emptyDraft);
  const [part, setPart] = useState<Part>('params');
  const [send, setSend] = useState<SendState>({ kind: 'idle' });
  const [history, setHistory] = useState<HttpHistoryEntry[]>([]);
  const [confirmingJson, setConfirmingJson] = useState(false);
  const responseView = useRef<HTMLElement>(null);

  // In a narrow column the response sits under the form: bring it into view when it comes.
  useEffect(() => {
    if (send.kind === 'done' || send.kind === 'failed') responseView.current?.scrollIntoView({ block: 'nearest' });
  }, [send]);

  const loadHistory = useCallback(() => {
    client.workbench.getHttpHistory(lessonId).then(
      ({ entries }) => setHistory(entries),
      () => undefined,
    );
  }, [client, lessonId]);
  useEffect(loadHistory, [loadHistory]);

  const change = (next: Partial<HttpDraft>) => setDraft((current) => ({ ...current, ...next }));

  async function sendNow(force = false) {
    if (send.kind === 'sending') return;
    if (!force && needsJsonConfirmation(draft)) {
      setConfirmingJson(true);
      setPart('body');
      return;
    }
    setConfirmingJson(false);
    setSend({ kind: 'sending' });
    try {
      // The server runs the code as saved: save what was just typed first, as Run checks does.
      await autosave.flush(lessonId);
      setSend({ kind: 'done', result: await client.workbench.sendHttp(lessonId, toSendRequest(draft)) });
    } catch (e) {
      setSend({ kind: 'failed', message: errorMessage(e) });
    }
    loadHistory();
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void sendNow();
  }

  function onKeyDown(event: KeyboardEvent) {
    // Inside the request, Ctrl/Cmd+Enter sends it instead of running the checks.
    if (!isRunShortcut(event.nativeEvent)) return;
    event.preventDefault();
    void sendNow();
  }

  const problem = draft.bodyKind === 'json' ? jsonProblem(draft.bodyText) : undefined;
  const parts = [
    { id: 'params' as const, label: `Params${count(draft.query)}` },
    { id: 'headers' as const, label: `Headers${count(draft.headers)}` },
    { id: 'body' as const, label: draft.bodyKind === 'none' ? 'Body' : `Body (${draft.bodyKind})` },
  ];

  return (
    <div className="http-client">
      <form className="http-request" aria-label="HTTP request" onSubmit={onSubmit} onKeyDown={onKeyDown}>
        <div className="request-line-form">
          <select className="field" aria-label="Method" value={draft.method} onChange={(e) => change({ method: e.target.value as HttpMethod })}>
            {HTTP_METHODS.map((method) => (
              <option key={method}>{method}</option>
            ))}
          </select>
          <input className="field code-field path-field" aria-label="Path" placeholder="/todos" value={draft.path} onChange={(e) => change({ path: e.target.value })} spellCheck={false} />
          <button type="submit" className="button button-primary button-small" aria-disabled={send.kind === 'sending'}>
            {send.kind === 'sending' ? <span className="spinner" aria-hidden="true" /> : null}
            Send <kbd>{runShortcutLabel()}</kbd>
          </button>
        </div>
        <TabList idPrefix={ID} label="Request parts" tabs={parts} selected={part} onSelect={setPart} className="sub-tabs" />
        <TabPanel idPrefix={ID} id="params" selected={part === 'params'} className="request-part">
          <NameValueEditor noun="Query parameter" rows={draft.query} onChange={(query) => change({ query })} />
        </TabPanel>
        <TabPanel idPrefix={ID} id="headers" selected={part === 'headers'} className="request-part">
          <NameValueEditor noun="Header" rows={draft.headers} onChange={(headers) => change({ headers })} />
        </TabPanel>
        <TabPanel idPrefix={ID} id="body" selected={part === 'body'} className="request-part">
          <fieldset className="body-kinds">
            <legend className="visually-hidden">Body type</legend>
            {(['none', 'json', 'text', 'form'] as BodyKind[]).map((kind) => (
              <label key={kind}>
                <input type="radio" name={`body-kind-${lessonId}`} value={kind} checked={draft.bodyKind === kind} onChange={() => change({ bodyKind: kind })} />
                {kind === 'none' ? 'None' : kind === 'json' ? 'JSON' : kind === 'text' ? 'Text' : 'Form'}
              </label>
            ))}
          </fieldset>
          {(draft.bodyKind === 'json' || draft.bodyKind === 'text') && (
            <textarea
              className="field code-field"
              rows={5}
              spellCheck={false}
              aria-label={draft.bodyKind === 'json' ? 'JSON body' : 'Text body'}
              aria-invalid={problem !== undefined}
              aria-describedby={problem ? 'json-problem' : undefined}
              value={draft.bodyText}
              placeholder={draft.bodyKind === 'json' ? '{ "title": "Water the plants" }' : ''}
              onChange={(e) => {
                change({ bodyText: e.target.value });
                setConfirmingJson(false);
              }}
            />
          )}
          {draft.bodyKind === 'text' && (
            <label className="status-line">
              Content-Type
              <input className="field code-field" value={draft.contentType} onChange={(e) => change({ contentType: e.target.value })} />
            </label>
          )}
          {draft.bodyKind === 'form' && <NameValueEditor noun="Form field" rows={draft.form} onChange={(form) => change({ form })} />}
          {problem && (
            <p id="json-problem" className="inline-error">
              Not valid JSON: {problem}
            </p>
          )}
          {confirmingJson && (
            <p className="notice" role="alert">
              The body is not valid JSON. Send it anyway, to see how your server answers bad input?{' '}
              <button type="button" className="button button-small" onClick={() => void sendNow(true)}>
                Send anyway
              </button>
            </p>
          )}
        </TabPanel>
        <HttpHistory
          entries={history}
          onPick={(entry) => setDraft(fromSendRequest(entry.request))}
          onClear={() => void client.workbench.clearHttpHistory(lessonId).then(loadHistory, () => undefined)}
        />
      </form>
      <section ref={responseView} className="http-response" aria-label="Response" aria-busy={send.kind === 'sending'}>
        {send.kind === 'idle' && <p className="empty-note">Send a request to your server: the app starts it if it is not running.</p>}
        {send.kind === 'sending' && (
          <p className="status-line" role="status">
            <span className="spinner" aria-hidden="true" /> Waiting for your server…
          </p>
        )}
        {send.kind === 'failed' && <p className="notice notice-error" role="alert">{send.message}</p>}
        {send.kind === 'done' && <HttpResult result={send.result} />}
      </section>
    </div>
  );
}

function count(rows: { name: string; enabled: boolean }[]): string {
  const n = rows.filter((row) => row.enabled && row.name.trim() !== '').length;
  return n > 0 ? ` (${n})` : '';
}

function HttpHistory({ entries, onPick, onClear }: { entries: HttpHistoryEntry[]; onPick: (entry: HttpHistoryEntry) => void; onClear: () => void }) {
  if (entries.length === 0) return null;
  return (
    <details className="http-history">
      <summary>History ({entries.length})</summary>
      <ul className="plain-list">
        {entries.map((entry) => (
          <li key={entry.id}>
            <button type="button" className="history-item" onClick={() => onPick(entry)} title="Put this request back in the form">
              <code>{requestLine(entry.request)}</code>
              <span className="muted">
                {entry.status ?? entry.error ?? ''}
                {entry.durationMs !== undefined ? ` · ${formatDuration(entry.durationMs)}` : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button button-quiet button-small" onClick={onClear}>
        Clear history
      </button>
    </details>
  );
}
