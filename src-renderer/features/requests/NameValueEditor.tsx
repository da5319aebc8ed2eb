/** Rows of name = value (query parameters, headers, form fields), each switchable on and off. */
import { emptyRow, type NameValueRow } from './http-draft.js';

interface Props {
  /** e.g. "Query parameter", for the fields' names. */
  noun: string;
  rows: NameValueRow[];
  onChange: (rows: NameValueRow[]) => void;
}

export function NameValueEditor({ noun, rows, onChange }: Props) {
  const update = (index: number, change: Partial<NameValueRow>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  return (
    <div className="name-values">
      {rows.map((row, i) => (
        <div key={i} className="name-value-row">
          <input type="checkbox" checked={row.enabled} onChange={(e) => update(i, { enabled: e.target.checked })} aria-label={`Send ${noun.toLowerCase()} ${i + 1}`} />
          <input className="field code-field" placeholder="name" aria-label={`${noun} ${i + 1} name`} value={row.name} onChange={(e) => update(i, { name: e.target.value })} />
          <input className="field code-field" placeholder="value" aria-label={`${noun} ${i + 1} value`} value={row.value} onChange={(e) => update(i, { value: e.target.value })} />
          <button type="button" className="button button-quiet button-small" aria-label={`Remove ${noun.toLowerCase()} ${i + 1}`} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            ✕
          </button>
        </div>
      ))}
      <button type="button" className="button button-quiet button-small" onClick={() => onChange([...rows, emptyRow()])}>
        + {noun}
      </button>
    </div>
  );
}
