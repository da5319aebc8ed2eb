/** Helpers for the SQL console's text. Pure. */
import type { SqlError } from '../../../src-main/contract/workbench.js';

/** The line an error points at, and a caret under its column, to show under the message. */
export function errorExcerpt(sql: string, error: Pick<SqlError, 'line' | 'column'>): { line: string; caret: string } | undefined {
  const line = sql.split('\n')[error.line - 1];
  if (line === undefined) return undefined;
  const column = Math.max(1, Math.min(error.column, line.length + 1));
  // Tabs keep their width so the caret lines up.
  const pad = line.slice(0, column - 1).replace(/[^\t]/g, ' ');
  return { line, caret: `${pad}^` };
}

/** What Run sends: the selection when there is one, else everything. */
export function sqlToRun(text: string, selectionStart: number, selectionEnd: number): { sql: string; offset: number } {
  if (selectionEnd > selectionStart && text.slice(selectionStart, selectionEnd).trim() !== '') {
    return { sql: text.slice(selectionStart, selectionEnd), offset: selectionStart };
  }
  return { sql: text, offset: 0 };
}

/** One line of a statement for a heading: whitespace folded, cut at `max` characters. */
export function statementHeadline(sql: string, max = 80): string {
  const flat = sql.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
