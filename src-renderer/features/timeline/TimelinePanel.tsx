/**
 * The timeline: every request from the HTTP client and every check, newest first, each with the
 * requests it made, what the server printed meanwhile and the rows it changed.
 */
import { useEffect, useState } from 'react';
import type { TimelineEntry } from '../../../src-main/contract/workbench.js';
import { errorMessage, isAbort } from '../../api/client.js';
import { useServerEvents } from '../../app/hooks.js';
import { useServices } from '../../app/services.js';
import { summarizeChanges } from '../database/change-set.js';
import { ChangeTables } from '../database/ChangesView.js';
import { logTime } from '../requests/ws-state.js';
import { ExchangeDetails } from '../results/ExchangeDetails.js';
import { formatDuration } from '../results/format.js';
import { OutputLines } from './OutputLines.js';
import { addEntries, entryTitle, filterTimeline, statusSummary, type TimelineFilter } from './timeline-state.js';
import './timeline.css';

export function TimelinePanel({ lessonId }: { lessonId: string }) {
  const { client } = useServices();
  const [entries, setEntries] = useState<TimelineEntry[]>([]);
  const [error, setError] = useState<string | undefined>(undefined);
  const [filter, setFilter] = useState<TimelineFilter>({ source: 'all', text: '' });

  useEffect(() => {
    const controller = new AbortController();
    client.workbench.getTimeline(lessonId, { signal: controller.signal }).then(
      (timeline) => {
        setEntries((known) => addEntries(known, timeline.entries));
        setError(undefined);
      },
      (e: unknown) => {
        if (!isAbort(e)) setError(errorMessage(e));
      },
    );
    return () => controller.abort();
  }, [client, lessonId]);

  useServerEvents((event) => {
    if (event.type === 'timeline.entry' && event.entry.lessonId === lessonId) setEntries((known) => addEntries(known, [event.entry]));
  });

  const shown = filterTimeline(entries, filter).reverse();
  return (
    <div className="timeline-panel">
      <div className="toolbar">
        <select className="field" aria-label="Show" value={filter.source} onChange={(e) => setFilter({ ...filter, source: e.target.value as TimelineFilter['source'] })}>
          <option value="all">Everything</option>
          <option value="http-client">HTTP client</option>
          <option value="check">Checks</option>
        </select>
        <input className="field" type="search" aria-label="Filter the timeline" placeholder="Filter" value={filter.text} onChange={(e) => setFilter({ ...filter, text: e.target.value })} />
        <span className="status-line">
          {shown.length} of {entries.length}
        </span>
      </div>
      {error && <p className="notice notice-error" role="alert">{error}</p>}
      {entries.length === 0 ? (
        <p className="empty-note">Run the checks or send a request: each one shows up here with what your server printed and changed while it ran.</p>
      ) : (
        <ol className="timeline scroll-area" aria-label="Timeline, newest first">
          {shown.map((entry) => (
            <TimelineItem key={entry.id} entry={entry} />
          ))}
        </ol>
      )}
    </div>
  );
}

function TimelineItem({ entry }: { entry: TimelineEntry }) {
  const changes = summarizeChanges(entry.changes);
  const check = entry.source.kind === 'check' ? entry.source : undefined;
  return (
    <li className="timeline-item" data-testid="timeline-entry">
      <details>
        <summary>
          <span className="ws-time">{logTime(entry.startedAt)}</span>
          <span className={`badge ${check ? (check.status === 'passed' ? 'badge-pass' : 'badge-fail') : 'timeline-http'}`}>{check ? check.status : 'HTTP'}</span>
          <span className="timeline-title">{entryTitle(entry)}</span>
          <span className="muted">
            {statusSummary(entry)} · {formatDuration(entry.durationMs)}
            {changes.length > 0 ? ` · ${changes.join('; ')}` : ''}
            {entry.output.length > 0 ? ' · output' : ''}
          </span>
        </summary>
        <div className="timeline-details">
          {entry.exchanges.map((exchange, i) => (
            <ExchangeDetails key={i} exchange={exchange} index={i} count={entry.exchanges.length} />
          ))}
          {entry.output.length > 0 && (
            <>
              <h4>Server output</h4>
              <OutputLines output={entry.output} />
            </>
          )}
          {changes.length > 0 && (
            <>
              <h4>Database changes</h4>
              <ChangeTables changes={entry.changes} />
            </>
          )}
        </div>
      </details>
    </li>
  );
}
