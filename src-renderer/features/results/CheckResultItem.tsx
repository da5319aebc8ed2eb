import type { CheckResult } from '../../../src-main/contract/api.js';
import { ExchangeDetails } from './ExchangeDetails.js';

/** ✓ or ✗, the check's name and message; the requests it made behind "Details". */
export function CheckResultItem({ result }: { result: CheckResult }) {
  const passed = result.status === 'passed';
  return (
    <li className={`check check-${result.status}`} data-testid="check-result" data-status={result.status}>
      <div className="check-head">
        <span className="check-icon" aria-hidden="true">
          {passed ? '✓' : '✗'}
        </span>
        <div className="check-text">
          <p className="check-name">
            <span className="visually-hidden">{passed ? 'Passed: ' : 'Failed: '}</span>
            {result.name}
          </p>
          {!passed && result.message && <p className="check-message">{result.message}</p>}
        </div>
      </div>
      {result.exchanges.length > 0 && (
        <details className="check-details">
          <summary>
            Details <span className="visually-hidden">for {result.name}</span>
          </summary>
          {result.exchanges.map((exchange, index) => (
            <ExchangeDetails key={index} exchange={exchange} index={index} count={result.exchanges.length} />
          ))}
        </details>
      )}
    </li>
  );
}
