/**
 * A grid of database values: one tab stop, arrow keys move between cells (WAI-ARIA grid), Enter
 * opens the cell, Space selects the row, Delete asks to delete the selected rows. NULL and empty
 * text look different; changed rows are marked, with the old value of each changed cell.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { DbCell } from '../../../src-main/contract/workbench.js';
import { displayCell } from './cell-format.js';
import type { RowMark } from './change-set.js';
import { gridKeyAction } from './grid-keys.js';

export interface GridSort {
  column: string;
  direction: 'asc' | 'desc';
}

export interface GridRow {
  id: string;
  cells: DbCell[];
  mark?: RowMark;
}

interface Props {
  label: string;
  columns: string[];
  rows: GridRow[];
  sort?: GridSort | undefined;
  /** Clicking a header cycles ascending → descending → the table's own order. */
  onSort?: (sort: GridSort | undefined) => void;
  selected?: ReadonlySet<string>;
  onToggleRow?: (id: string) => void;
  onOpenCell?: (rowIndex: number, columnIndex: number) => void;
  onDeleteSelected?: () => void;
  /** Number of the first row, for the row headers. */
  firstRowNumber?: number;
}

export function DataGrid({ label, columns, rows, sort, onSort, selected, onToggleRow, onOpenCell, onDeleteSelected, firstRowNumber = 1 }: Props) {
  const [active, setActive] = useState({ row: 0, column: 0 });
  const table = useRef<HTMLTableElement>(null);
  const row = Math.min(active.row, Math.max(0, rows.length - 1));
  const column = Math.min(active.column, Math.max(0, columns.length - 1));
  const moved = useRef(false);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    table.current?.querySelector<HTMLElement>(`[data-cell="${row}:${column}"]`)?.focus();
  }, [row, column]);

  function onKeyDown(event: KeyboardEvent) {
    if ((event.target as HTMLElement).closest('thead')) return;
    const action = gridKeyAction(event.key, event.ctrlKey || event.metaKey, { row, column }, { rows: rows.length, columns: columns.length });
    if (!action) return;
    if (action.kind === 'move') {
      moved.current = true;
      setActive(action.to);
    } else if (action.kind === 'open' && onOpenCell) {
      onOpenCell(row, column);
    } else if (action.kind === 'toggle-row' && onToggleRow && rows[row]) {
      onToggleRow(rows[row].id);
    } else if (action.kind === 'delete-selected' && onDeleteSelected) {
      onDeleteSelected();
    } else {
      return;
    }
    event.preventDefault();
  }

  return (
    <table ref={table} role="grid" aria-label={label} aria-rowcount={rows.length + 1} className="data-grid" onKeyDown={onKeyDown}>
      <thead>
        <tr>
          {onToggleRow && <th className="row-select-head"><span className="visually-hidden">Selected</span></th>}
          <th className="row-number-head" aria-label="Row number">#</th>
          {columns.map((name) => {
            const direction = sort?.column === name ? sort.direction : undefined;
            return (
              <th key={name} scope="col" aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'}>
                {onSort ? (
                  <button type="button" className="sort-button" onClick={() => onSort(nextSort(name, direction))} title={`Sort by ${name}`}>
                    {name}
                    <span aria-hidden="true" className="sort-mark">{direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : ''}</span>
                  </button>
                ) : (
                  name
                )}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {rows.map((gridRow, r) => {
          const mark = gridRow.mark;
          const isSelected = selected?.has(gridRow.id) ?? false;
          return (
            <tr key={gridRow.id} className={mark ? `row-${mark.kind}` : undefined} data-change={mark?.kind} aria-selected={onToggleRow ? isSelected : undefined}>
              {onToggleRow && (
                <td className="row-select">
                  <input type="checkbox" tabIndex={-1} checked={isSelected} onChange={() => onToggleRow(gridRow.id)} aria-label={`Select row ${firstRowNumber + r}`} />
                </td>
              )}
              <th scope="row" className="row-number">
                {firstRowNumber + r}
                {mark && <span className="visually-hidden"> ({mark.kind})</span>}
              </th>
              {gridRow.cells.map((cell, c) => {
                const shown = displayCell(cell);
                const changed = mark?.kind === 'updated' && mark.changedColumns.has(c);
                const was = changed ? displayCell(mark.before[c] ?? null).text : undefined;
                return (
                  <td
                    key={c}
                    role="gridcell"
                    data-cell={`${r}:${c}`}
                    tabIndex={r === row && c === column ? 0 : -1}
                    className={`cell cell-${shown.kind}${changed ? ' cell-changed' : ''}`}
                    title={was !== undefined ? `was: ${was}` : undefined}
                    onFocus={() => setActive({ row: r, column: c })}
                    onDoubleClick={() => onOpenCell?.(r, c)}
                  >
                    {shown.text}
                    {was !== undefined && <span className="visually-hidden"> (was {was})</span>}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function nextSort(column: string, direction: 'asc' | 'desc' | undefined): GridSort | undefined {
  if (direction === undefined) return { column, direction: 'asc' };
  if (direction === 'asc') return { column, direction: 'desc' };
  return undefined;
}
