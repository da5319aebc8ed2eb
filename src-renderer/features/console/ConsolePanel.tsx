/** The learner server's output, live: bounded, sticks to the bottom unless the learner scrolls up. */
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import type { ConsoleBuffer } from './console-buffer.js';
import { SandboxIndicator } from './SandboxIndicator.js';
import { describeServerState, type ServerState } from './server-status.js';
import './console.css';

interface Props {
  buffer: ConsoleBuffer;
  server: ServerState | undefined;
  onClear: () => void;
  /** Server controls shown in the header (stop, reset the database). */
  actions: ReactNode;
}

export function ConsolePanel({ buffer, server, onClear, actions }: Props) {
  const log = useRef<HTMLPreElement>(null);
  const stick = useRef(true);

  useLayoutEffect(() => {
    const element = log.current;
    if (element && stick.current) element.scrollTop = element.scrollHeight;
  }, [buffer]);

  function onScroll() {
    const element = log.current;
    if (element) stick.current = element.scrollHeight - element.scrollTop - element.clientHeight < 24;
  }

  const status = server?.status ?? 'none';
  return (
    <section className="console-panel" aria-label="Server console">
      <div className="panel-header">
        <h2 className="panel-title">Server console</h2>
        <span className={`server-state server-${status}`}>
          <span className="server-dot" aria-hidden="true" />
          {describeServerState(server)}
        </span>
        <SandboxIndicator />
        <div className="console-actions">
          {actions}
          <button type="button" className="button button-quiet button-small" onClick={onClear} aria-label="Clear console" disabled={buffer.lines.length === 0}>
            Clear
          </button>
        </div>
      </div>
      <pre className="console-log" ref={log} onScroll={onScroll} role="log" aria-live="off" aria-label="Server output" tabIndex={0}>
        {buffer.dropped > 0 && <span className="console-line console-system">… {buffer.dropped} earlier lines not shown</span>}
        {buffer.lines.length === 0 && <span className="console-empty">Your server’s console.log output shows up here when it runs.</span>}
        {buffer.lines.map((line) => (
          <span key={line.id} className={`console-line console-${line.stream}`}>
            {line.text || '\u200b'}
          </span>
        ))}
      </pre>
    </section>
  );
}
