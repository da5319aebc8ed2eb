/**
 * How a database value looks in a grid and in the cell editor. NULL and the empty string must
 * never look alike; a blob shows its size, not its bytes. Pure.
 */
import type { DbCell, DbValue, DbValueInput } from '../../../src-main/contract/workbench.js';

export type CellDisplay =
  | { kind: 'null'; text: 'NULL' }
  | { kind: 'empty'; text: 'empty' }
  | { kind: 'number'; text: string }
  | { kind: 'text'; text: string; cut: boolean }
  | { kind: 'blob'; text: string; cut: boolean };

/** Characters of a text shown in one grid cell. */
export const GRID_TEXT_CHARS = 120;

export function displayCell(cell: DbCell): CellDisplay {
  if (cell === null) return { kind: 'null', text: 'NULL' };
  if (typeof cell === 'number') return { kind: 'number', text: String(cell) };
  if (typeof cell === 'string') return cell === '' ? { kind: 'empty', text: 'empty' } : oneLine(cell, false);
  switch (cell.type) {
    case 'bigint':
      return { kind: 'number', text: cell.value };
    case 'blob':
      return { kind: 'blob', text: `BLOB ${formatBytes(cell.size)}`, cut: false };
    case 'truncated':
      return cell.of === 'blob' ? { kind: 'blob', text: `BLOB ${formatBytes(cell.size)}`, cut: true } : oneLine(cell.preview, true);
  }
}

function oneLine(text: string, cut: boolean): CellDisplay {
  const flat = text.replace(/\r?\n/g, ' ⏎ ');
  const long = flat.length > GRID_TEXT_CHARS;
  return { kind: 'text', text: long ? `${flat.slice(0, GRID_TEXT_CHARS)}…` : flat, cut: cut || long };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The cell holds only part of its value: the whole one must be fetched before it can be shown or edited. */
export function isPartial(cell: DbCell): boolean {
  return typeof cell === 'object' && cell !== null && cell.type === 'truncated';
}

/** What the learner edits: a type and text. */
export type CellInputKind = 'text' | 'number' | 'null' | 'blob';

export interface CellDraft {
  kind: CellInputKind;
  /** Text, a number as typed, or a blob as base64. */
  text: string;
}

export function draftFromValue(value: DbValue): CellDraft {
  if (value === null) return { kind: 'null', text: '' };
  if (typeof value === 'number') return { kind: 'number', text: String(value) };
  if (typeof value === 'string') return { kind: 'text', text: value };
  if (value.type === 'bigint') return { kind: 'number', text: value.value };
  return { kind: 'blob', text: value.base64 };
}

/** The value to send, or the reason it cannot be sent. */
export function valueFromDraft(draft: CellDraft): { value: DbValueInput } | { error: string } {
  switch (draft.kind) {
    case 'null':
      return { value: null };
    case 'text':
      return { value: draft.text };
    case 'number': {
      const text = draft.text.trim();
      // Whole numbers beyond 2^53 travel as text so they keep every digit.
      if (/^-?\d+$/.test(text) && !Number.isSafeInteger(Number(text))) {
        return /^-?\d{1,19}$/.test(text) ? { value: { type: 'bigint', value: text } } : { error: 'That integer is too large for SQLite.' };
      }
      const number = Number(text);
      if (text === '' || !Number.isFinite(number)) return { error: `"${draft.text}" is not a number.` };
      return { value: number };
    }
    case 'blob': {
      const base64 = draft.text.replace(/\s+/g, '');
      if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(base64)) return { error: 'A blob is written as base64.' };
      return { value: { type: 'blob', base64 } };
    }
  }
}

/** The first bytes of a blob as hex, 16 to a line, for the cell viewer. */
export function hexPreview(base64: string, maxBytes = 256): string {
  // Whole groups of 4 base64 characters (3 bytes) decode on their own.
  const binary = atob(base64.slice(0, Math.ceil(maxBytes / 3) * 4));
  const bytes = Array.from(binary.slice(0, maxBytes), (char) => char.charCodeAt(0).toString(16).padStart(2, '0'));
  const lines: string[] = [];
  for (let i = 0; i < bytes.length; i += 16) lines.push(`${i.toString(16).padStart(6, '0')}  ${bytes.slice(i, i + 16).join(' ')}`);
  return lines.join('\n');
}
