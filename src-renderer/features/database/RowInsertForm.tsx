/** A new row: one field per column; a column left as "default" gets its DEFAULT (or its next id). */
import { useState, type FormEvent } from 'react';
import type { DbTable, DbValueInput } from '../../../src-main/contract/workbench.js';
import { errorMessage } from '../../api/client.js';
import { useServices } from '../../app/services.js';
import { valueFromDraft, type CellInputKind } from './cell-format.js';
import { affinity } from './table-query.js';

type FieldKind = CellInputKind | 'default';

interface Field {
  kind: FieldKind;
  text: string;
}

export function RowInsertForm({ lessonId, table, onDone }: { lessonId: string; table: DbTable; onDone: () => void }) {
  const { client } = useServices();
  const editable = table.columns.filter((c) => !c.generated);
  const [fields, setFields] = useState<Record<string, Field>>(() =>
    Object.fromEntries(editable.map((c) => [c.name, { kind: initialKind(c.type, c.primaryKey > 0 || c.defaultValue !== null), text: '' }])),
  );
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const values: Record<string, DbValueInput> = {};
    for (const [name, field] of Object.entries(fields)) {
      if (field.kind === 'default') continue;
      const parsed = valueFromDraft({ kind: field.kind, text: field.text });
      if ('error' in parsed) {
        setError(`${name}: ${parsed.error}`);
        return;
      }
      values[name] = parsed.value;
    }
    setSaving(true);
    setError(undefined);
    try {
      await client.workbench.insertRow(lessonId, table.name, { values });
      onDone();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="insert-form" aria-label={`New row in ${table.name}`} onSubmit={(e) => void submit(e)}>
      <h3>New row in {table.name}</h3>
      {editable.map((column) => {
        const field = fields[column.name]!;
        const set = (next: Partial<Field>) => setFields({ ...fields, [column.name]: { ...field, ...next } });
        return (
          <div key={column.name} className="insert-field">
            <label htmlFor={`insert-${column.name}`}>
              {column.name} <span className="muted">{column.type}</span>
            </label>
            <select className="field" aria-label={`Kind of value for ${column.name}`} value={field.kind} onChange={(e) => set({ kind: e.target.value as FieldKind })}>
              <option value="default">Default</option>
              <option value="text">Text</option>
              <option value="number">Number</option>
              <option value="null">NULL</option>
              <option value="blob">Blob (base64)</option>
            </select>
            <input
              id={`insert-${column.name}`}
              className="field"
              disabled={field.kind === 'default' || field.kind === 'null'}
              value={field.text}
              placeholder={field.kind === 'default' ? (column.defaultValue ?? (column.primaryKey ? 'next id' : 'NULL')) : ''}
              onChange={(e) => set({ text: e.target.value })}
            />
          </div>
        );
      })}
      <div className="toolbar-inline">
        <button type="submit" className="button button-primary button-small" aria-disabled={saving}>
          {saving ? 'Inserting…' : 'Insert row'}
        </button>
        <button type="button" className="button button-quiet button-small" onClick={onDone}>
          Cancel
        </button>
      </div>
      {error && <p className="inline-error" role="alert">{error}</p>}
    </form>
  );
}

function initialKind(type: string, hasDefault: boolean): FieldKind {
  if (hasDefault) return 'default';
  const kind = affinity(type);
  return kind === 'integer' || kind === 'real' || kind === 'numeric' ? 'number' : 'text';
}
