import { describe, expect, it } from 'vitest';
import { findJsonError } from '../../../src-renderer/features/requests/json-check.js';

describe('JSON check', () => {
  it('accepts what JSON.parse accepts', () => {
    for (const text of ['{}', '[]', ' 1 ', '-0.5e+3', '"a\\n\\u00e9"', 'true', 'null', '{"a":[1,{"b":null}],"c":"d"}', '\n[ 1 , 2 ]\n']) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(findJsonError(text), text).toBeUndefined();
    }
  });

  it('finds the first mistake, with its line and column, where JSON.parse fails', () => {
    const cases: [string, number, number, RegExp][] = [
      ['{\n  "a": }', 2, 8, /expected a value/],
      ["{ 'title': 1 }", 1, 3, /property name in double quotes/],
      ['{"a": 1,}', 1, 9, /trailing comma/],
      ['[1 2]', 1, 4, /expected "," or "]"/],
      ['{"a": tru}', 1, 7, /"tru" is not a JSON value/],
      ['{"a": "b', 1, 9, /never closed/],
      ['{} x', 1, 4, /after the value/],
      ['01', 1, 2, /after the value/],
      ['{"a": "line\nbreak"}', 1, 12, /must be escaped/],
      ['', 1, 1, /expected a value but found the end/],
    ];
    for (const [text, line, column, message] of cases) {
      expect(() => JSON.parse(text), text).toThrow();
      expect(findJsonError(text), text).toMatchObject({ line, column, message: expect.stringMatching(message) });
    }
  });

  it('refuses absurd nesting instead of overflowing the stack', () => {
    expect(findJsonError('['.repeat(10_000))?.message).toBe('nested too deeply');
  });
});
