/** What came back from the learner's server: status, time, size, headers, the body pretty-printed, what it printed and changed. */
import type { HttpSendResult } from '../../../src-main/contract/workbench.js';
import { formatBytes } from '../database/cell-format.js';
import { summarizeChanges } from '../database/change-set.js';
import { CopyButton } from '../results/CopyButton.js';
import { formatBody, formatDuration } from '../results/format.js';
import { OutputLines } from '../timeline/OutputLines.js';

export function HttpResult({ result }: { result: HttpSendResult }) {
  const { response, error, serverFailure } = result;
  const changes = summarizeChanges(result.changes);
  return (
    <div className="http-result" data-testid="http-response">
      <div className="toolbar">
        {response && (
          <>
            <span className={`status status-${Math.floor(response.status / 100)}xx`} data-testid="http-status">
              {response.status} {response.statusText}
            </span>
            <span className="status-line">
              {formatDuration(response.durationMs)} · {formatBytes(response.size)}
            </span>
          </>
        )}
        <div className="toolbar-end">
          <span className="muted">As curl</span>
          <CopyButton text={result.curl} label="Copy as curl" />
        </div>
      </div>
      {serverFailure && (
        <div className="notice notice-error" role="alert">
          <p>Your server did not start: {serverFailure.message}</p>
          {serverFailure.output && <pre className="pre-block">{serverFailure.output}</pre>}
        </div>
      )}
      {error && !serverFailure && (
        <p className="notice notice-error" role="alert">
          No answer ({error.code}): {error.message}
        </p>
      )}
      {response && (
        <>
          {response.body === '' ? <p className="empty-note">(empty body)</p> : <pre className="pre-block response-body">{formatBody(response.body)}</pre>}
          {response.bodyTruncated && <p className="notice">The body was cut at {formatBytes(response.body.length)} of {formatBytes(response.size)}.</p>}
          <details className="response-headers">
            <summary>Headers ({Object.keys(response.headers).length})</summary>
            <dl className="headers">
              {Object.entries(response.headers).map(([name, value]) => (
                <div key={name} className="header-row">
                  <dt>{name}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
          </details>
        </>
      )}
      {changes.length > 0 && (
        <div className="result-changes">
          <h4>Database changes</h4>
          <ul className="plain-list">
            {changes.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {result.output.length > 0 && (
        <details className="response-output" open>
          <summary>Server output while it ran</summary>
          <OutputLines output={result.output} />
        </details>
      )}
      <p className="muted request-url">{result.url}</p>
    </div>
  );
}
