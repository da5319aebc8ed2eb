import { describe, expect, it } from 'vitest';
import {
  applyHunks,
  describeHunk,
  editBetween,
  hunkPreview,
  hunksFrom,
  sameLines,
  type LineChange,
} from '../../../src-renderer/features/solution/hunks.js';

/** Monaco's line changes are 1-based and inclusive; an end of 0 marks an insertion or deletion after the start line. */
function change(originalStart: number, originalEnd: number, modifiedStart: number, modifiedEnd: number): LineChange {
  return {
    originalStartLineNumber: originalStart,
    originalEndLineNumber: originalEnd,
    modifiedStartLineNumber: modifiedStart,
    modifiedEndLineNumber: modifiedEnd,
  };
}

describe('hunksFrom and applyHunks', () => {
  // learner: a b c ''   solution: a B c d ''   → line 2 replaced, d inserted after line 3
  const learner = 'a\nb\nc\n';
  const solution = 'a\nB\nc\nd\n';
  const hunks = hunksFrom([change(2, 2, 2, 2), change(3, 0, 4, 4)], solution);

  it('turns replacements and insertions into line splices carrying the solution’s lines', () => {
    expect(hunks).toEqual([
      { start: 1, removed: 1, lines: ['B'] },
      { start: 3, removed: 0, lines: ['d'] },
    ]);
  });

  it('applies one hunk and leaves every other line exactly as it was', () => {
    expect(applyHunks(learner, [hunks[1]!])).toBe('a\nb\nc\nd\n');
    expect(applyHunks(learner, [hunks[0]!])).toBe('a\nB\nc\n');
  });

  it('reaches the solution when every hunk is applied, in any order', () => {
    expect(applyHunks(learner, hunks)).toBe(solution);
    expect(applyHunks(learner, [...hunks].reverse())).toBe(solution);
  });

  it('keeps the learner’s unrelated edit when applying a solution hunk next to it', () => {
    const edited = '// my note\na\nb\nc\n';
    // The note is a deletion against the solution (line 1); the learner applies only the other hunk.
    const [note, replace] = hunksFrom([change(1, 1, 0, 0), change(3, 3, 2, 2)], solution);
    expect(note).toEqual({ start: 0, removed: 1, lines: [] });
    expect(applyHunks(edited, [replace!])).toBe('// my note\na\nB\nc\n');
  });

  it('inserts at the top, and deletes whole lines in the middle', () => {
    const [top] = hunksFrom([change(0, 0, 1, 1)], 'first\na\n');
    expect(applyHunks('a\n', [top!])).toBe('first\na\n');
    const [gone] = hunksFrom([change(2, 3, 1, 0)], 'a\nd');
    expect(gone).toEqual({ start: 1, removed: 2, lines: [] });
    expect(applyHunks('a\nb\nc\nd', [gone!])).toBe('a\nd');
  });

  it('adds or removes a missing final newline as an ordinary hunk', () => {
    // 'x\ny' has lines x, y; 'x\ny\n' has x, y and an empty last line.
    const [add] = hunksFrom([change(2, 0, 3, 3)], 'x\ny\n');
    expect(applyHunks('x\ny', [add!])).toBe('x\ny\n');
    const [drop] = hunksFrom([change(3, 3, 2, 0)], 'x\ny');
    expect(applyHunks('x\ny\n', [drop!])).toBe('x\ny');
  });

  it('keeps the learner’s CRLF line breaks whatever the solution uses', () => {
    const [hunk] = hunksFrom([change(2, 2, 2, 2)], 'a\nc\n');
    expect(applyHunks('a\r\nb\r\n', [hunk!])).toBe('a\r\nc\r\n');
    const [crlfSolution] = hunksFrom([change(2, 2, 2, 2)], 'a\r\nc\r\n');
    expect(crlfSolution!.lines).toEqual(['c']);
    expect(applyHunks('a\nb\n', [crlfSolution!])).toBe('a\nc\n');
  });
});

describe('sameLines', () => {
  it('ignores only the kind of line break', () => {
    expect(sameLines('a\r\nb\r\n', 'a\nb\n')).toBe(true);
    expect(sameLines('a\nb', 'a\nb\n')).toBe(false);
    expect(sameLines('a\nb ', 'a\nb')).toBe(false);
  });
});

describe('editBetween', () => {
  function apply(before: string, edit: { start: number; end: number; text: string }): string {
    return before.slice(0, edit.start) + edit.text + before.slice(edit.end);
  }

  it('is the smallest single replacement', () => {
    expect(editBetween('a\nb\nc\n', 'a\nB\nc\n')).toEqual({ start: 2, end: 3, text: 'B' });
    expect(editBetween('a\nc\n', 'a\nb\nc\n')).toEqual({ start: 2, end: 2, text: 'b\n' });
    expect(editBetween('same', 'same')).toEqual({ start: 4, end: 4, text: '' });
  });

  it('never splits a CRLF, and always turns before into after', () => {
    const pieces = ['a', 'b', '\r\n', '\n', '\r', 'x'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const text = () => Array.from({ length: Math.floor(random() * 8) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
    for (let i = 0; i < 2000; i += 1) {
      const before = text();
      const after = text();
      const edit = editBetween(before, after);
      expect(apply(before, edit)).toBe(after);
      const splits = (offset: number) => before[offset - 1] === '\r' && before[offset] === '\n';
      expect(splits(edit.start) || splits(edit.end), JSON.stringify({ before, after, edit })).toBe(false);
    }
  });
});

describe('describeHunk', () => {
  it('says what the hunk does with 1-based line numbers', () => {
    expect(describeHunk({ start: 4, removed: 3, lines: ['x', 'y'] })).toBe('Replace lines 5–7 with 2 lines');
    expect(describeHunk({ start: 4, removed: 1, lines: ['x'] })).toBe('Replace line 5 with 1 line');
    expect(describeHunk({ start: 17, removed: 0, lines: ['x', 'y', 'z'] })).toBe('Add 3 lines after line 17');
    expect(describeHunk({ start: 0, removed: 0, lines: ['x'] })).toBe('Add 1 line at the top');
    expect(describeHunk({ start: 1, removed: 2, lines: [] })).toBe('Remove lines 2–3');
  });
});

describe('hunkPreview', () => {
  it('shows the first solution line a hunk brings, else the learner line it removes', () => {
    expect(hunkPreview({ start: 1, removed: 1, lines: ['', "  app.get('/todos', (req, res) => {"] }, 'a\nb\n')).toBe("app.get('/todos', (req, res) => {");
    expect(hunkPreview({ start: 0, removed: 2, lines: [] }, '\n  // my note\nc')).toBe('− // my note');
    expect(hunkPreview({ start: 0, removed: 1, lines: [''] }, '\n')).toBe('(blank lines)');
  });
});
