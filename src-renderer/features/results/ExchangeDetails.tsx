/** One request a check made: what was sent, what came back, what was expected, and the curl to replay it. */
import type { CheckExchange } from '../../../src-main/contract/api.js';
import { CopyButton } from './CopyButton.js';
import { formatBody } from './format.js';

export function ExchangeDetails({ exchange, index, count }: { exchange: CheckExchange; index: number; count: number }) {
  const { request, response, expected, curl } = exchange;
  return (
    <div className="exchange">
      {count > 1 && <p className="exchange-number">Request {index + 1} of {count}</p>}
      <div className="exchange-part">
        <h4>Sent</h4>
        <p className="request-line">
          <span className="method">{request.method}</span> <span className="url">{request.url}</span>
        </p>
        <Headers headers={request.headers} />
        {request.body !== undefined && request.body !== '' && <pre className="body-block">{formatBody(request.body)}</pre>}
      </div>
      <div className="exchange-part">
        <h4>Received</h4>
        {response ? (
          <>
            <p className="request-line">
              <span className={`status status-${Math.floor(response.status / 100)}xx`}>{response.status}</span>
              <span className="muted"> in {Math.round(response.durationMs)} ms</span>
            </p>
            <Headers headers={response.headers} />
            {response.body !== '' ? <pre className="body-block">{formatBody(response.body)}</pre> : <p className="muted">(empty body)</p>}
          </>
        ) : (
          <p className="muted">No response: the request did not get an answer.</p>
        )}
      </div>
      {expected && (
        <div className="exchange-part">
          <h4>Expected</h4>
          <p>{expected}</p>
        </div>
      )}
      <div className="exchange-part">
        <div className="exchange-part-header">
          <h4>Try it yourself</h4>
          <CopyButton text={curl} label="Copy curl command" />
        </div>
        <pre className="body-block curl">{curl}</pre>
      </div>
    </div>
  );
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
