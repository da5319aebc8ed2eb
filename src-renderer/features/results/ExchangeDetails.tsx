/**
 * One thing a check did, with what was expected and how to try it yourself: an HTTP request
 * (with its curl), a WebSocket client (with a replay script), or a burst of requests (with a
 * shell loop and the status of each).
 */
import type { BurstExchange, CheckExchange, HttpExchange, HttpRequestRecord, WsExchange, WsFrame } from '../../../src-main/contract/api.js';
import { CopyButton } from './CopyButton.js';
import { formatBody } from './format.js';

export function ExchangeDetails({ exchange, index, count }: { exchange: CheckExchange; index: number; count: number }) {
  return (
    <div className="exchange">
      {count > 1 && <p className="exchange-number">{index + 1} of {count}</p>}
      {exchange.kind === 'ws' ? <WsDetails exchange={exchange} /> : exchange.kind === 'burst' ? <BurstDetails exchange={exchange} /> : <HttpDetails exchange={exchange} />}
      {exchange.expected && (
        <div className="exchange-part">
          <h4>Expected</h4>
          <p>{exchange.expected}</p>
        </div>
      )}
      <TryIt exchange={exchange} />
    </div>
  );
}

function HttpDetails({ exchange }: { exchange: HttpExchange }) {
  const { request, response, client } = exchange;
  return (
    <>
      <SentRequest title={client ? `Sent by ${client}` : 'Sent'} request={request} />
      <div className="exchange-part">
        <h4>Received</h4>
        {response ? (
          <>
            <p className="request-line">
              <Status status={response.status} />
              <span className="muted"> in {Math.round(response.durationMs)} ms</span>
            </p>
            <Headers headers={response.headers} />
            {response.body !== '' ? <pre className="body-block">{formatBody(response.body)}</pre> : <p className="muted">(empty body)</p>}
          </>
        ) : (
          <p className="muted">No response: the request did not get an answer.</p>
        )}
      </div>
    </>
  );
}

function WsDetails({ exchange }: { exchange: WsExchange }) {
  const { handshake, frames, close } = exchange;
  return (
    <>
      <div className="exchange-part">
        <h4>WebSocket {exchange.client}</h4>
        <p className="request-line">
          <span className="url">{exchange.url}</span>
          {exchange.protocols.length > 0 && <span className="muted"> · subprotocols {exchange.protocols.join(', ')}</span>}
        </p>
        <Headers headers={exchange.headers} />
      </div>
      <div className="exchange-part">
        <h4>Handshake</h4>
        {handshake ? (
          <>
            <p className="request-line">
              <Status status={handshake.status} />
              <span className="muted">
                {' '}
                in {handshake.durationMs} ms{handshake.protocol ? ` · subprotocol ${handshake.protocol}` : ''}
              </span>
            </p>
            {handshake.status !== 101 && <Headers headers={handshake.headers} />}
            {handshake.body !== undefined && handshake.body !== '' && <pre className="body-block">{formatBody(handshake.body)}</pre>}
          </>
        ) : (
          <p className="muted">No answer to the upgrade request.</p>
        )}
      </div>
      {(frames.length > 0 || handshake?.status === 101) && (
        <div className="exchange-part">
          <h4>Messages</h4>
          {frames.length === 0 ? <p className="muted">None sent or received.</p> : <FrameList frames={frames} />}
          {close && (
            <p className="ws-close">
              Closed by {close.by === 'server' ? 'the server' : 'the check'} with code {close.code}
              {close.reason !== '' && <> ({close.reason})</>}
            </p>
          )}
        </div>
      )}
    </>
  );
}

function FrameList({ frames }: { frames: WsFrame[] }) {
  return (
    <ol className="ws-frames">
      {frames.map((frame) => (
        <li key={frame.seq} className={`ws-frame ws-frame-${frame.direction}`}>
          <span className="ws-frame-meta">
            <span aria-hidden="true">{frame.direction === 'sent' ? '→' : '←'}</span>
            <span className="visually-hidden">{frame.direction === 'sent' ? 'Sent' : 'Received'}</span> #{frame.seq} at {frame.atMs} ms
            {frame.binary && ' · binary, base64'}
          </span>
          <pre className="ws-frame-data">{frame.binary ? frame.data : formatBody(frame.data)}</pre>
        </li>
      ))}
    </ol>
  );
}

function BurstDetails({ exchange }: { exchange: BurstExchange }) {
  const counts = new Map<number, number>();
  for (const entry of exchange.timeline) counts.set(entry.status, (counts.get(entry.status) ?? 0) + 1);
  return (
    <>
      <SentRequest title={`Burst: ${exchange.pace}`} request={exchange.request} />
      <div className="exchange-part">
        <h4>Received</h4>
        <p className="burst-summary">
          {[...counts].map(([status, times]) => (
            <span key={status}>
              <Status status={status} /> × {times}
            </span>
          ))}
        </p>
        <div className="burst-timeline">
          <table>
            <caption className="visually-hidden">Each request of the burst</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Sent at</th>
                <th scope="col">Status</th>
                <th scope="col">Took</th>
                <th scope="col">Rate-limit headers</th>
              </tr>
            </thead>
            <tbody>
              {exchange.timeline.map((entry) => (
                <tr key={entry.index}>
                  <td>{entry.index + 1}</td>
                  <td>{entry.sentAtMs} ms</td>
                  <td>
                    <Status status={entry.status} />
                  </td>
                  <td>{entry.status === 0 ? '—' : `${entry.durationMs} ms`}</td>
                  <td>
                    {Object.entries(entry.headers)
                      .map(([name, value]) => `${name}: ${value}`)
                      .join(' · ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </>
  );
}

function SentRequest({ title, request }: { title: string; request: HttpRequestRecord }) {
  return (
    <div className="exchange-part">
      <h4>{title}</h4>
      <p className="request-line">
        <span className="method">{request.method}</span> <span className="url">{request.url}</span>
      </p>
      <Headers headers={request.headers} />
      {request.body !== undefined && request.body !== '' && <pre className="body-block">{formatBody(request.body)}</pre>}
    </div>
  );
}

/** The command (curl, a curl loop, or a Node script) that repeats what the check did. */
function TryIt({ exchange }: { exchange: CheckExchange }) {
  const [command, label] = exchange.kind === 'ws' ? [exchange.script, 'Copy WebSocket script'] : [exchange.curl, exchange.kind === 'burst' ? 'Copy curl loop' : 'Copy curl command'];
  return (
    <div className="exchange-part">
      <div className="exchange-part-header">
        <h4>Try it yourself</h4>
        <CopyButton text={command} label={label} />
      </div>
      <pre className={`body-block ${exchange.kind === 'ws' ? 'script' : 'curl'}`}>{command}</pre>
    </div>
  );
}

function Status({ status }: { status: number }) {
  if (status === 0) return <span className="status status-none">no answer</span>;
  // 101 is a WebSocket handshake that worked, not a warning.
  if (status === 101) return <span className="status status-2xx">{status}</span>;
  return <span className={`status status-${Math.floor(status / 100)}xx`}>{status}</span>;
}

function Headers({ headers }: { headers: Record<string, string> }) {
  const entries = Object.entries(headers);
  if (entries.length === 0) return null;
  return (
    <dl className="headers">
      {entries.map(([name, value]) => (
        <div key={name} className="header-row">
          <dt>{name}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
