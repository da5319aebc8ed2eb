/**
 * SQLite values ⇄ JSON. Statements read with safe integers, so an INTEGER beyond ±2^53 arrives as
 * a bigint and is sent as a string instead of being rounded; BLOBs travel as base64; NULL stays
 * `null`, distinct from the empty string.
 */
import type { DbCell, DbValue, DbValueInput } from '../contract/workbench.js';

/** Long TEXT (characters) and BLOBs (bytes) are cut to this in pages and results. */
export const PREVIEW_LIMIT = 200;

/** What better-sqlite3 binds and returns. */
export type SqliteValue = null | number | bigint | string | Buffer;

export function toDbValue(raw: unknown): DbValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'bigint') {
    return raw >= BigInt(Number.MIN_SAFE_INTEGER) && raw <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(raw) : { type: 'bigint', value: raw.toString() };
  }
  if (typeof raw === 'number' || typeof raw === 'string') return raw;
  if (Buffer.isBuffer(raw)) return { type: 'blob', base64: raw.toString('base64'), size: raw.length };
  throw new Error(`Unexpected SQLite value of type ${typeof raw}`);
}

/** A value for a page or a result: long TEXT and BLOBs become a preview. */
export function toCell(raw: unknown): DbCell {
  if (typeof raw === 'string' && raw.length > PREVIEW_LIMIT) {
    return { type: 'truncated', of: 'text', preview: raw.slice(0, PREVIEW_LIMIT), size: raw.length };
  }
  if (Buffer.isBuffer(raw) && raw.length > PREVIEW_LIMIT) {
    return { type: 'truncated', of: 'blob', preview: raw.subarray(0, PREVIEW_LIMIT).toString('base64'), size: raw.length };
  }
  return toDbValue(raw);
}

/**
 * A cell whose preview SQLite already cut (`substr`), given the whole value's `length()`: for
 * TEXT that is characters, for a BLOB bytes, as the contract says.
 */
export function toPreviewCell(preview: unknown, length: unknown): DbCell {
  const size = typeof length === 'bigint' ? Number(length) : typeof length === 'number' ? length : 0;
  if (size <= PREVIEW_LIMIT) return toDbValue(preview);
  if (typeof preview === 'string') return { type: 'truncated', of: 'text', preview, size };
  if (Buffer.isBuffer(preview)) return { type: 'truncated', of: 'blob', preview: preview.toString('base64'), size };
  return toDbValue(preview);
}

/** A value from the page (a typed cell, a key, a cursor) as SQLite binds it. */
export function toSqliteValue(input: DbValueInput | DbValue): SqliteValue {
  if (input === null || typeof input === 'number' || typeof input === 'string') return input;
  if (input.type === 'blob') return Buffer.from(input.base64, 'base64');
  return BigInt(input.value);
}

/** A stored value shortened for display, as toCell does for a raw one. */
export function shortenValue(value: DbValue): DbCell {
  if (typeof value === 'string' && value.length > PREVIEW_LIMIT) return toCell(value);
  if (value !== null && typeof value === 'object' && value.type === 'blob' && value.size > PREVIEW_LIMIT) {
    return toCell(Buffer.from(value.base64, 'base64'));
  }
  return value;
}
