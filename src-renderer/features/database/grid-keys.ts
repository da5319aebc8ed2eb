/** What a key does in a data grid (WAI-ARIA grid keys). Pure. */
export interface GridPosition {
  row: number;
  column: number;
}

export type GridKeyAction = { kind: 'move'; to: GridPosition } | { kind: 'open' } | { kind: 'toggle-row' } | { kind: 'delete-selected' };

/** Rows moved by Page Up / Page Down. */
export const GRID_PAGE_ROWS = 10;

export function gridKeyAction(key: string, ctrlKey: boolean, at: GridPosition, size: { rows: number; columns: number }): GridKeyAction | undefined {
  const move = (row: number, column: number): GridKeyAction => ({
    kind: 'move',
    to: { row: clamp(row, size.rows - 1), column: clamp(column, size.columns - 1) },
  });
  switch (key) {
    case 'ArrowDown':
      return move(at.row + 1, at.column);
    case 'ArrowUp':
      return move(at.row - 1, at.column);
    case 'ArrowRight':
      return move(at.row, at.column + 1);
    case 'ArrowLeft':
      return move(at.row, at.column - 1);
    case 'Home':
      return move(ctrlKey ? 0 : at.row, 0);
    case 'End':
      return move(ctrlKey ? size.rows - 1 : at.row, size.columns - 1);
    case 'PageDown':
      return move(at.row + GRID_PAGE_ROWS, at.column);
    case 'PageUp':
      return move(at.row - GRID_PAGE_ROWS, at.column);
    case 'Enter':
    case 'F2':
      return { kind: 'open' };
    case ' ':
      return { kind: 'toggle-row' };
    case 'Delete':
      return { kind: 'delete-selected' };
    default:
      return undefined;
  }
}

function clamp(value: number, max: number): number {
  return Math.max(0, Math.min(max, value));
}
