import { describe, expect, it } from 'vitest';
import { displayCell, draftFromValue, formatBytes, GRID_TEXT_CHARS, hexPreview, isPartial, valueFromDraft } from '../../../src-renderer/features/database/cell-format.js';

describe('cell display', () => {
  it('never shows NULL and empty text alike', () => {
    expect(displayCell(null)).toEqual({ kind: 'null', text: 'NULL' });
    expect(displayCell('')).toEqual({ kind: 'empty', text: 'empty' });
    expect(displayCell('NULL')).toEqual({ kind: 'text', text: 'NULL', cut: false });
  });

  it('shows numbers, big integers, blobs by size, and long or cut text on one line', () => {
    expect(displayCell(4.5)).toEqual({ kind: 'number', text: '4.5' });
    expect(displayCell({ type: 'bigint', value: '9007199254740993' })).toEqual({ kind: 'number', text: '9007199254740993' });
    expect(displayCell({ type: 'blob', base64: 'AAE=', size: 2 })).toEqual({ kind: 'blob', text: 'BLOB 2 B', cut: false });
    expect(displayCell({ type: 'truncated', of: 'blob', preview: 'AA==', size: 3 * 1024 * 1024 })).toEqual({ kind: 'blob', text: 'BLOB 3.0 MB', cut: true });
    expect(displayCell('a\nb')).toEqual({ kind: 'text', text: 'a ⏎ b', cut: false });
    const long = displayCell('x'.repeat(GRID_TEXT_CHARS + 10));
    expect(long).toMatchObject({ kind: 'text', cut: true });
    expect(long.text).toHaveLength(GRID_TEXT_CHARS + 1);
    expect(displayCell({ type: 'truncated', of: 'text', preview: 'start', size: 100_000 })).toEqual({ kind: 'text', text: 'start', cut: true });
    expect(isPartial({ type: 'truncated', of: 'text', preview: '', size: 1 })).toBe(true);
    expect(isPartial({ type: 'blob', base64: '', size: 0 })).toBe(false);
    expect(formatBytes(1536)).toBe('1.5 KB');
  });
});

describe('cell editing', () => {
  it('turns a value into a draft and back', () => {
    for (const value of [null, 3, 'hi', '', { type: 'bigint' as const, value: '9223372036854775807' }]) {
      const back = valueFromDraft(draftFromValue(value));
      expect(back).toEqual({ value });
    }
    expect(valueFromDraft(draftFromValue({ type: 'blob', base64: 'AAEC', size: 3 }))).toEqual({ value: { type: 'blob', base64: 'AAEC' } });
  });

  it('refuses what SQLite could not store as asked', () => {
    expect(valueFromDraft({ kind: 'number', text: 'twelve' })).toEqual({ error: '"twelve" is not a number.' });
    expect(valueFromDraft({ kind: 'number', text: '' })).toHaveProperty('error');
    expect(valueFromDraft({ kind: 'number', text: '99999999999999999999' })).toEqual({ error: 'That integer is too large for SQLite.' });
    expect(valueFromDraft({ kind: 'blob', text: 'not base64!' })).toEqual({ error: 'A blob is written as base64.' });
    expect(valueFromDraft({ kind: 'number', text: ' 2.5 ' })).toEqual({ value: 2.5 });
  });

  it('shows a blob as hex, 16 bytes to a line', () => {
    const bytes = Buffer.from(Array.from({ length: 20 }, (_, i) => i)).toString('base64');
    expect(hexPreview(bytes)).toBe('000000  00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f\n000010  10 11 12 13');
    expect(hexPreview(Buffer.alloc(1000).toString('base64')).split('\n')).toHaveLength(16);
  });
});
