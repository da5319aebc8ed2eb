import { describe, expect, it } from 'vitest';
import { csvField, csvHeader, csvLine } from '../../../src-main/workbench/csv.js';

describe('CSV', () => {
  it('quotes only what needs quoting, doubling quotes inside', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
  });

  it('keeps NULL (empty field) apart from the empty string ("")', () => {
    expect(csvLine([null, '', 0])).toBe(',"",0\r\n');
  });

  it('writes numbers, big integers and blobs as text', () => {
    expect(csvLine([1.5, { type: 'bigint', value: '9007199254740993' }, { type: 'blob', base64: 'AAE=', size: 2 }])).toBe('1.5,9007199254740993,AAE=\r\n');
  });

  it('writes a header row with CRLF', () => {
    expect(csvHeader(['id', 'the "name"'])).toBe('id,"the ""name"""\r\n');
  });
});
