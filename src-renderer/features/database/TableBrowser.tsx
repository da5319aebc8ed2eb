/**
 * One table's rows, a page at a time by keyset (the backend's cursor), so the millionth row comes
 * as fast as the first: sort, filters, "jump to" a value, open/edit a cell, insert and delete
 * rows (deletes confirmed), export. Rows the last action changed are marked.
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { DbFilter, DbFilterOp, DbPage, DbTable } from '../../../src-main/contract/workbench.js';
import { errorMessage, isAbort } from '../../api/client.js';
import { useServices } from '../../app/services.js';
import { formatDuration } from '../results/format.js';
import { CellViewer } from './CellViewer.js';
import { rowKeyId, type RowMark } from './change-set.js';
import { DataGrid, type GridSort } from './DataGrid.js';
import { ExportButtons } from './ExportButtons.js';
import { InlineConfirm } from './InlineConfirm.js';
import { RowInsertForm } from './RowInsertForm.js';
import { describeFilter, FILTER_OPS, filterValue, jumpColumn, opNeedsValue, PAGE_SIZE, pageRequest, type BrowseQuery } from './table-query.js';

interface Props {
  lessonId: string;
  table: DbTable;
  /** Changes when the database changed: the page reloads. */
  version: number;
  marks: Map<string, RowMark>;
  /** Whether the Database tab is showing: a hidden inspector does not refetch on every change. */
  active: boolean;
}

/** The last answer, and which request it answered: while a newer one is on its way, the old page stays up. */
interface Loaded {
  request: string;
  page?: DbPage;
  error?: string;
}

export function TableBrowser({ lessonId, table, version, marks, active }: Props) {
  const { client } = useServices();
  const [query, setQuery] = useState<BrowseQuery>({ sort: undefined, filters: [], jump: undefined });
  // cursors[i] is the `after` of page i; page 0 has none.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [openCell, setOpenCell] = useState<{ row: number; column: number } | undefined>(undefined);
  const [inserting, setInserting] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [actionError, setActionError] = useState<string | undefined>(undefined);
  // The confirm question takes focus; when it goes, focus comes back here rather than to <body>.
  const deleteButton = useRef<HTMLButtonElement>(null);
  const gridArea = useRef<HTMLDivElement>(null);
  const after = cursors.at(-1);
  const pageIndex = cursors.length - 1;

  const request = JSON.stringify([table.name, query, after, version]);
  useEffect(() => {
    if (!active) return;
    const controller = new AbortController();
    client.workbench.getPage(lessonId, table.name, pageRequest(query, after), { signal: controller.signal }).then(
      (page) => setLoaded({ request, page }),
      (e: unknown) => {
        if (!isAbort(e)) setLoaded({ request, error: errorMessage(e) });
      },
    );
    return () => controller.abort();
  }, [active, client, lessonId, table.name, query, after, request]);

  const loading = loaded?.request !== request;
  const page = loaded?.page;
  const rows = useMemo(
    () => (page?.rows ?? []).map((row) => ({ id: rowKeyId(row.key), cells: row.values, mark: marks.get(rowKeyId(row.key)) })),
    [page, marks],
  );

  function changeQuery(next: BrowseQuery) {
    setQuery(next);
    setCursors([undefined]);
    setSelected(new Set());
    setOpenCell(undefined);
  }

  function toggleRow(id: string) {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  }

  function cancelDelete() {
    setConfirmingDelete(false);
    deleteButton.current?.focus();
  }

  async function deleteSelected() {
    setConfirmingDelete(false);
    gridArea.current?.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
    const keys = (page?.rows ?? []).filter((row) => selected.has(rowKeyId(row.key))).map((row) => row.key);
    try {
      await client.workbench.deleteRows(lessonId, table.name, { keys });
      setSelected(new Set());
      setActionError(undefined);
    } catch (e) {
      setActionError(errorMessage(e));
    }
  }

  const openRow = openCell && page?.rows[openCell.row];
  const openColumn = openCell && table.columns[openCell.column];
  const firstRow = pageIndex * PAGE_SIZE + 1;

  return (
    <div className="table-browser">
      <FilterBar table={table} query={query} onChange={changeQuery} />
      <div className="toolbar">
        <button type="button" className="button button-small" disabled={pageIndex === 0} onClick={() => setCursors([undefined])} aria-label="First page">
          ⇤
        </button>
        <button type="button" className="button button-small" disabled={pageIndex === 0} onClick={() => setCursors(cursors.slice(0, -1))}>
          ‹ Previous
        </button>
        <button type="button" className="button button-small" disabled={!page?.nextCursor} onClick={() => page?.nextCursor && setCursors([...cursors, page.nextCursor])}>
          Next ›
        </button>
        <span className="status-line" role="status" aria-live="polite">
          {loading && <span className="spinner" aria-hidden="true" />}
          {page && rows.length > 0 && `Rows ${firstRow}–${firstRow + rows.length - 1}${table.rowCount !== null && query.filters.length === 0 && !query.jump ? ` of ${table.rowCount}` : ''}`}
          {page && rows.length === 0 && 'No rows'}
          {!loading && page && <span className="muted"> · {formatDuration(page.durationMs)}</span>}
        </span>
        <div className="toolbar-end">
          <button type="button" className="button button-small" onClick={() => setInserting(true)} aria-expanded={inserting}>
            + Row
          </button>
          <button ref={deleteButton} type="button" className="button button-small" disabled={selected.size === 0} onClick={() => setConfirmingDelete(true)} aria-expanded={confirmingDelete}>
            Delete{selected.size > 0 ? ` ${selected.size}` : ''}
          </button>
          {confirmingDelete && (
            <InlineConfirm
              question={`Delete ${selected.size} ${selected.size === 1 ? 'row' : 'rows'} from ${table.name}?`}
              confirmLabel="Delete"
              onConfirm={() => void deleteSelected()}
              onCancel={cancelDelete}
            />
          )}
          <ExportButtons what={`table ${table.name}`} onExport={(format) => client.workbench.exportTable(lessonId, table.name, format)} />
        </div>
      </div>
      {!loading && loaded?.error && <p className="notice notice-error" role="alert">{loaded.error}</p>}
      {actionError && <p className="notice notice-error" role="alert">{actionError}</p>}
      <div className="browser-body">
        <div ref={gridArea} className="scroll-area grid-scroll">
          <DataGrid
            label={`Rows of ${table.name}`}
            columns={table.columns.map((c) => c.name)}
            rows={rows}
            sort={query.sort}
            onSort={(sort: GridSort | undefined) => changeQuery({ ...query, sort, jump: undefined })}
            selected={selected}
            onToggleRow={toggleRow}
            onOpenCell={(row, column) => setOpenCell({ row, column })}
            onDeleteSelected={() => selected.size > 0 && setConfirmingDelete(true)}
            firstRowNumber={firstRow}
          />
        </div>
        {inserting && (
          <aside className="side-pane">
            <RowInsertForm lessonId={lessonId} table={table} onDone={() => setInserting(false)} />
          </aside>
        )}
        {!inserting && openRow && openColumn && openCell && (
          <aside className="side-pane">
            <CellViewer
              key={`${rowKeyId(openRow.key)}:${openColumn.name}`}
              lessonId={lessonId}
              table={table.name}
              column={openColumn}
              row={openRow}
              columnIndex={openCell.column}
              editable={!openColumn.generated}
              onClose={() => setOpenCell(undefined)}
            />
          </aside>
        )}
      </div>
    </div>
  );
}

function FilterBar({ table, query, onChange }: { table: DbTable; query: BrowseQuery; onChange: (query: BrowseQuery) => void }) {
  const [column, setColumn] = useState(table.columns[0]?.name ?? '');
  const [op, setOp] = useState<DbFilterOp>('=');
  const [text, setText] = useState('');
  const [jumpText, setJumpText] = useState('');
  const jumpOn = jumpColumn(table.columns, query.sort);

  function addFilter(event: FormEvent) {
    event.preventDefault();
    const definition = table.columns.find((c) => c.name === column);
    const filter: DbFilter = opNeedsValue(op) ? { column, op, value: filterValue(text, definition) } : { column, op };
    onChange({ ...query, filters: [...query.filters, filter] });
    setText('');
  }

  function jump(event: FormEvent) {
    event.preventDefault();
    if (!jumpOn) return;
    onChange({ ...query, jump: jumpText.trim() === '' ? undefined : { column: jumpOn.name, value: filterValue(jumpText, jumpOn) } });
  }

  return (
    <div className="toolbar filter-bar">
      <form className="toolbar-inline" aria-label="Add a filter" onSubmit={addFilter}>
        <select className="field" aria-label="Filter column" value={column} onChange={(e) => setColumn(e.target.value)}>
          {table.columns.map((c) => (
            <option key={c.name}>{c.name}</option>
          ))}
        </select>
        <select className="field" aria-label="Comparison" value={op} onChange={(e) => setOp(e.target.value as DbFilterOp)}>
          {FILTER_OPS.map((o) => (
            <option key={o.op} value={o.op}>
              {o.label}
            </option>
          ))}
        </select>
        {opNeedsValue(op) && <input className="field" aria-label="Filter value" value={text} onChange={(e) => setText(e.target.value)} size={12} />}
        <button type="submit" className="button button-small">
          Filter
        </button>
      </form>
      {query.filters.map((filter, i) => (
        <span key={i} className="chip">
          {describeFilter(filter)}
          <button
            type="button"
            className="chip-remove"
            aria-label={`Remove filter ${describeFilter(filter)}`}
            onClick={() => onChange({ ...query, filters: query.filters.filter((_, j) => j !== i) })}
          >
            ✕
          </button>
        </span>
      ))}
      {jumpOn && (
        <form className="toolbar-inline toolbar-end" aria-label="Jump to a value" onSubmit={jump}>
          <label className="status-line" htmlFor="jump-value">
            Jump to {jumpOn.name} {query.sort?.direction === 'desc' ? '≤' : '≥'}
          </label>
          <input id="jump-value" className="field" value={jumpText} onChange={(e) => setJumpText(e.target.value)} size={8} />
          <button type="submit" className="button button-small">
            Go
          </button>
        </form>
      )}
    </div>
  );
}
