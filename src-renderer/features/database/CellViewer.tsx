/**
 * One cell in full: long text, a blob's bytes, NULL said plainly, and an editor to change it.
 * A value cut for the grid is fetched whole first.
 */
import { useEffect, useState, type KeyboardEvent } from 'react';
import type { DbColumn, DbRow, DbValue } from '../../../src-main/contract/workbench.js';
import { errorMessage, isAbort } from '../../api/client.js';
import { useServices } from '../../app/services.js';
import { isRunShortcut } from '../runner/use-run-shortcut.js';
import { rowKeyId } from './change-set.js';
import { draftFromValue, formatBytes, hexPreview, isPartial, valueFromDraft, type CellDraft, type CellInputKind } from './cell-format.js';

interface Props {
  lessonId: string;
  table: string;
  column: DbColumn;
  row: DbRow;
  columnIndex: number;
  /** False for views and generated columns. */
  editable: boolean;
  onClose: () => void;
}

type Loaded = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; value: DbValue };

export function CellViewer({ lessonId, table, column, row, columnIndex, editable, onClose }: Props) {
  const { client } = useServices();
  const cell = row.values[columnIndex] ?? null;
  // A whole value comes with the row, so it follows the row when a check or request changes it;
  // only a value cut for the grid is fetched.
  const partial = isPartial(cell);
  const [fetched, setFetched] = useState<Loaded>({ kind: 'loading' });
  const loaded: Loaded = partial ? fetched : { kind: 'ready', value: cell as DbValue };
  const rowId = rowKeyId(row.key);
  const [draft, setDraft] = useState<CellDraft | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);

  // Keyed by the row's identity, not its (new on every page load) key array, so a reload does not
  // abort a fetch on its way.
  const key = row.key;
  useEffect(() => {
    if (!partial) return;
    const controller = new AbortController();
    client.workbench.getCell(lessonId, table, { key, column: column.name }, { signal: controller.signal }).then(
      ({ value }) => setFetched({ kind: 'ready', value }),
      (e: unknown) => {
        if (!isAbort(e)) setFetched({ kind: 'error', message: errorMessage(e) });
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` is the row `rowId` names
  }, [partial, client, lessonId, table, rowId, column.name]);

  async function save() {
    if (!draft) return;
    const parsed = valueFromDraft(draft);
    if ('error' in parsed) {
      setError(parsed.error);
      return;
    }
    setSaving(true);
    setError(undefined);
    try {
      await client.workbench.updateCell(lessonId, table, { key: row.key, column: column.name, value: parsed.value });
      setDraft(undefined);
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  }

  function onEditorKeyDown(event: KeyboardEvent) {
    // Ctrl/Cmd+Enter saves here; it must not also run the checks.
    if (isRunShortcut(event.nativeEvent)) {
      event.preventDefault();
      void save();
    }
    if (event.key === 'Escape') setDraft(undefined);
  }

  return (
    <section className="cell-viewer" aria-label={`Cell ${column.name}`} onKeyDown={(e) => e.key === 'Escape' && !draft && onClose()}>
      <div className="cell-viewer-head">
        <h3>
          {column.name} <span className="muted">{column.type || 'no type'}</span>
        </h3>
        <button type="button" className="button button-quiet button-small" onClick={onClose} aria-label="Close the cell viewer">
          ✕
        </button>
      </div>
      {loaded.kind === 'loading' && (
        <p className="status-line" role="status">
          <span className="spinner" aria-hidden="true" /> Loading the whole value…
        </p>
      )}
      {loaded.kind === 'error' && <p className="inline-error" role="alert">{loaded.message}</p>}
      {loaded.kind === 'ready' && !draft && <ValueView value={loaded.value} />}
      {loaded.kind === 'ready' && editable && !draft && (
        <button type="button" className="button button-small" onClick={() => setDraft(draftFromValue(loaded.value))}>
          Edit value
        </button>
      )}
      {draft && (
        <div className="cell-editor">
          <label className="status-line">
            Type
            <select className="field" value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value as CellInputKind })}>
              <option value="text">Text</option>
              <option value="number">Number</option>
              <option value="null">NULL</option>
              <option value="blob">Blob (base64)</option>
            </select>
          </label>
          {draft.kind !== 'null' && (
            <textarea
              className="field"
              rows={5}
              autoFocus
              aria-label={`New value of ${column.name}`}
              value={draft.text}
              aria-invalid={error !== undefined}
              onChange={(e) => setDraft({ ...draft, text: e.target.value })}
              onKeyDown={onEditorKeyDown}
            />
          )}
          <div className="toolbar-inline">
            <button type="button" className="button button-primary button-small" aria-disabled={saving} onClick={() => !saving && void save()}>
              {saving ? 'Saving…' : 'Save'}
            </button>
            <button type="button" className="button button-quiet button-small" onClick={() => setDraft(undefined)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {error && <p className="inline-error" role="alert">{error}</p>}
    </section>
  );
}

function ValueView({ value }: { value: DbValue }) {
  if (value === null) return <p className="value-null">NULL <span className="muted">(no value)</span></p>;
  if (value === '') return <p className="value-empty">Empty text <span className="muted">("" — not NULL)</span></p>;
  if (typeof value === 'number') return <pre className="pre-block">{value}</pre>;
  if (typeof value === 'string') return <pre className="pre-block cell-text">{value}</pre>;
  if (value.type === 'bigint') return <pre className="pre-block">{value.value}</pre>;
  return (
    <>
      <p className="muted">BLOB, {formatBytes(value.size)}{value.size > 256 ? ' — the first 256 bytes:' : ':'}</p>
      <pre className="pre-block">{hexPreview(value.base64)}</pre>
    </>
  );
}
