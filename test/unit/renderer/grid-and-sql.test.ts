import { describe, expect, it } from 'vitest';
import { GRID_PAGE_ROWS, gridKeyAction } from '../../../src-renderer/features/database/grid-keys.js';
import { errorExcerpt, sqlToRun, statementHeadline } from '../../../src-renderer/features/database/sql-text.js';

describe('grid keys', () => {
  const size = { rows: 30, columns: 3 };
  const at = { row: 5, column: 1 };
  it('moves within the grid and stops at its edges', () => {
    expect(gridKeyAction('ArrowDown', false, at, size)).toEqual({ kind: 'move', to: { row: 6, column: 1 } });
    expect(gridKeyAction('ArrowLeft', false, { row: 0, column: 0 }, size)).toEqual({ kind: 'move', to: { row: 0, column: 0 } });
    expect(gridKeyAction('End', false, at, size)).toEqual({ kind: 'move', to: { row: 5, column: 2 } });
    expect(gridKeyAction('End', true, at, size)).toEqual({ kind: 'move', to: { row: 29, column: 2 } });
    expect(gridKeyAction('Home', true, at, size)).toEqual({ kind: 'move', to: { row: 0, column: 0 } });
    expect(gridKeyAction('PageDown', false, { row: 25, column: 0 }, size)).toEqual({ kind: 'move', to: { row: 29, column: 0 } });
    expect(gridKeyAction('PageUp', false, at, size)).toEqual({ kind: 'move', to: { row: Math.max(0, 5 - GRID_PAGE_ROWS), column: 1 } });
  });

  it('opens, selects and deletes', () => {
    expect(gridKeyAction('Enter', false, at, size)).toEqual({ kind: 'open' });
    expect(gridKeyAction('F2', false, at, size)).toEqual({ kind: 'open' });
    expect(gridKeyAction(' ', false, at, size)).toEqual({ kind: 'toggle-row' });
    expect(gridKeyAction('Delete', false, at, size)).toEqual({ kind: 'delete-selected' });
    expect(gridKeyAction('x', false, at, size)).toBeUndefined();
  });
});

describe('SQL console text', () => {
  it('points at the column SQLite names, tabs kept so the caret lines up', () => {
    expect(errorExcerpt('SELECT 1;\nSELEC title FROM todos;', { line: 2, column: 1 })).toEqual({ line: 'SELEC title FROM todos;', caret: '^' });
    expect(errorExcerpt('\tSELECT * FROM nope', { line: 1, column: 16 })).toEqual({ line: '\tSELECT * FROM nope', caret: '\t              ^' });
    expect(errorExcerpt('SELECT', { line: 5, column: 1 })).toBeUndefined();
  });

  it('runs the selection when there is one, else everything', () => {
    const text = 'SELECT 1;\nSELECT 2;';
    expect(sqlToRun(text, 10, 19)).toEqual({ sql: 'SELECT 2;', offset: 10 });
    expect(sqlToRun(text, 3, 3)).toEqual({ sql: text, offset: 0 });
    expect(sqlToRun(text, 9, 10)).toEqual({ sql: text, offset: 0 });
  });

  it('shortens a statement to one line', () => {
    expect(statementHeadline('SELECT *\n  FROM todos')).toBe('SELECT * FROM todos');
    expect(statementHeadline('x'.repeat(100), 10)).toBe(`${'x'.repeat(10)}…`);
  });
});
