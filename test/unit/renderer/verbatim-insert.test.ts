import { describe, expect, it } from 'vitest';
import { isBulkInsertion } from '../../../src-renderer/features/editor/verbatim-insert.js';

describe('isBulkInsertion', () => {
  it('is true for text inserted in one piece', () => {
    expect(isBulkInsertion('insertText', 'app.get();\n')).toBe(true);
    expect(isBulkInsertion('insertText', 'ab')).toBe(true);
  });

  it('leaves single keystrokes (including one emoji) to the editor', () => {
    expect(isBulkInsertion('insertText', 'a')).toBe(false);
    expect(isBulkInsertion('insertText', '😀')).toBe(false);
    expect(isBulkInsertion('insertText', null)).toBe(false);
  });

  it('ignores other kinds of input (paste and IME have their own paths)', () => {
    expect(isBulkInsertion('insertFromPaste', 'abc')).toBe(false);
    expect(isBulkInsertion('insertCompositionText', 'abc')).toBe(false);
  });
});
