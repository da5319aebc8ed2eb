/**
 * The learner's file against the solution, as hunks the learner can apply one at a time. Pure: the
 * diff itself comes from Monaco's diff editor (so the buttons match what it draws); this turns its
 * line changes into hunks and applies them to text.
 *
 * Lines follow Monaco's model: `\r\n`, `\r` and `\n` all end a line, and a text that ends with a
 * line break has an empty last line. A missing final newline is therefore one more (or one fewer)
 * empty line, an ordinary hunk; and lines are joined back with the learner's own line break.
 */

/** Monaco's `ILineChange` (1-based, inclusive). An end of 0 means that side has no lines: the
 * change is an insertion (or deletion) after the line its start names. */
export interface LineChange {
  originalStartLineNumber: number;
  originalEndLineNumber: number;
  modifiedStartLineNumber: number;
  modifiedEndLineNumber: number;
}

export interface Hunk {
  /** 0-based index of the first learner line it replaces; for a pure insertion, the line it goes before. */
  start: number;
  /** How many learner lines it replaces (0: a pure insertion). */
  removed: number;
  /** The solution's lines that take their place (none: a pure deletion). */
  lines: string[];
}

/** A replacement of `before.slice(start, end)` with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** The text's line break (its first one), `\n` when it has none. */
export function lineBreakOf(text: string): string {
  return /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
}

/** True when the texts have the same lines, whatever their line breaks. */
export function sameLines(a: string, b: string): boolean {
  const left = splitLines(a);
  const right = splitLines(b);
  return left.length === right.length && left.every((line, index) => line === right[index]);
}

/** The hunks of Monaco's line changes between the learner's text (original) and `solution` (modified). */
export function hunksFrom(changes: readonly LineChange[], solution: string): Hunk[] {
  const solutionLines = splitLines(solution);
  return changes.map((change) => {
    const insertion = change.originalEndLineNumber === 0;
    const deletion = change.modifiedEndLineNumber === 0;
    return {
      start: insertion ? change.originalStartLineNumber : change.originalStartLineNumber - 1,
      removed: insertion ? 0 : change.originalEndLineNumber - change.originalStartLineNumber + 1,
      lines: deletion ? [] : solutionLines.slice(change.modifiedStartLineNumber - 1, change.modifiedEndLineNumber),
    };
  });
}

/** The text with these hunks applied (from the bottom up, so each one's line numbers still hold) and every other line as it was. */
export function applyHunks(text: string, hunks: readonly Hunk[]): string {
  const lines = splitLines(text);
  for (const hunk of [...hunks].sort((a, b) => b.start - a.start)) lines.splice(hunk.start, hunk.removed, ...hunk.lines);
  return lines.join(lineBreakOf(text));
}

/**
 * The smallest single edit that turns `before` into `after`, so the editor changes only those
 * characters (the cursor, folds and undo history elsewhere stay put). It never splits a `\r\n`.
 */
export function editBetween(before: string, after: string): TextEdit {
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < limit && before[prefix] === after[prefix]) prefix += 1;
  if (splitsLineBreak(before, prefix)) prefix -= 1;
  let suffix = 0;
  while (suffix < limit - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix += 1;
  if (splitsLineBreak(before, before.length - suffix)) suffix -= 1;
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}

/** True when `offset` falls between the `\r` and the `\n` of a CRLF: no editor position lies there. */
function splitsLineBreak(text: string, offset: number): boolean {
  return text[offset - 1] === '\r' && text[offset] === '\n';
}

/** What a hunk does, in the learner's words, with 1-based line numbers. */
export function describeHunk(hunk: Hunk): string {
  const added = plural(hunk.lines.length, 'line');
  if (hunk.removed === 0) return hunk.start === 0 ? `Add ${added} at the top` : `Add ${added} after line ${hunk.start}`;
  const span = hunk.removed === 1 ? `line ${hunk.start + 1}` : `lines ${hunk.start + 1}–${hunk.start + hunk.removed}`;
  if (hunk.lines.length === 0) return `Remove ${span}`;
  return `Replace ${span} with ${added}`;
}

/** A line that tells the hunk apart: the first solution line it brings, else the first learner line it removes. */
export function hunkPreview(hunk: Hunk, learnerText: string): string {
  const brought = hunk.lines.find((line) => line.trim() !== '');
  if (brought !== undefined) return brought.trim();
  const removed = splitLines(learnerText).slice(hunk.start, hunk.start + hunk.removed).find((line) => line.trim() !== '');
  return removed === undefined ? '(blank lines)' : `− ${removed.trim()}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
