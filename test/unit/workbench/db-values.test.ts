import { describe, expect, it } from 'vitest';
import { PREVIEW_LIMIT, shortenValue, toCell, toDbValue, toPreviewCell, toSqliteValue } from '../../../src-main/workbench/db-values.js';

describe('SQLite values as JSON', () => {
  it('keeps NULL and the empty string apart', () => {
    expect(toDbValue(null)).toBeNull();
    expect(toDbValue('')).toBe('');
  });

  it('sends integers beyond 2^53 as text and back without rounding', () => {
    const big = 2n ** 62n + 1n;
    expect(toDbValue(big)).toEqual({ type: 'bigint', value: big.toString() });
    expect(toSqliteValue({ type: 'bigint', value: big.toString() })).toBe(big);
    expect(toDbValue(42n)).toBe(42);
  });

  it('encodes blobs as base64 with their size', () => {
    const blob = toDbValue(Buffer.from([0, 1, 255]));
    expect(blob).toEqual({ type: 'blob', base64: 'AAH/', size: 3 });
    expect(toSqliteValue(blob)).toEqual(Buffer.from([0, 1, 255]));
  });

  it('cuts long text and blobs to a preview with the full size', () => {
    expect(toCell('x'.repeat(PREVIEW_LIMIT))).toBe('x'.repeat(PREVIEW_LIMIT));
    expect(toCell('x'.repeat(PREVIEW_LIMIT + 1))).toEqual({ type: 'truncated', of: 'text', preview: 'x'.repeat(PREVIEW_LIMIT), size: PREVIEW_LIMIT + 1 });
    expect(shortenValue(toDbValue(Buffer.alloc(1000)))).toMatchObject({ type: 'truncated', of: 'blob', size: 1000 });
    expect(toPreviewCell('abc', 5000n)).toEqual({ type: 'truncated', of: 'text', preview: 'abc', size: 5000 });
    expect(toPreviewCell(7, 1n)).toBe(7);
  });
});
