/**
 * Splits console text into statements at the `;` that end them — not those inside strings,
 * quoted names, comments, or the BEGIN … END body of a CREATE TRIGGER — keeping where each
 * starts, so an error can point at its place in what the learner typed.
 */
export interface SqlStatement {
  sql: string;
  /** Offset of the statement's first character in the whole text. */
  offset: number;
}

const CLOSERS: Record<string, string> = { "'": "'", '"': '"', '`': '`', '[': ']' };

export function splitStatements(text: string): SqlStatement[] {
  const statements: SqlStatement[] = [];
  let start = 0;
  let words: string[] = [];
  let depth = 0;
  let i = 0;
  const finish = (end: number) => {
    const statement = trimStatement(text, start, end);
    if (statement) statements.push(statement);
    start = end + 1;
    words = [];
    depth = 0;
  };
  while (i < text.length) {
    const char = text[i]!;
    if (char in CLOSERS) {
      i = skipQuoted(text, i, CLOSERS[char]!);
    } else if (text.startsWith('--', i)) {
      i = lineEnd(text, i);
    } else if (text.startsWith('/*', i)) {
      i = blockEnd(text, i);
    } else if (/[A-Za-z_]/.test(char)) {
      const word = /^[A-Za-z0-9_$]+/.exec(text.slice(i, i + 64))![0];
      depth += depthChange(words, word.toUpperCase());
      words.push(word.toUpperCase());
      i += word.length;
    } else {
      if (char === ';' && depth <= 0) finish(i);
      i++;
    }
  }
  finish(text.length);
  return statements;
}

/** Inside CREATE TRIGGER, BEGIN and CASE open a block that END closes; elsewhere `;` always ends a statement. */
function depthChange(words: readonly string[], word: string): number {
  const inTrigger = words[0] === 'CREATE' && words.slice(1, 3).includes('TRIGGER');
  if (!inTrigger) return 0;
  if (word === 'BEGIN' || word === 'CASE') return 1;
  return word === 'END' ? -1 : 0;
}

function skipQuoted(text: string, open: number, closer: string): number {
  let i = open + 1;
  while (i < text.length) {
    if (text[i] === closer) {
      // A doubled quote is an escaped quote, except in [brackets].
      if (closer !== ']' && text[i + 1] === closer) i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length;
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end + 1;
}

function blockEnd(text: string, from: number): number {
  const end = text.indexOf('*/', from + 2);
  return end < 0 ? text.length : end + 2;
}

/** The statement between start and end without surrounding blanks and comments; undefined when nothing is left. */
function trimStatement(text: string, start: number, end: number): SqlStatement | undefined {
  let i = start;
  while (i < end) {
    if (/\s/.test(text[i]!)) i++;
    else if (text.startsWith('--', i)) i = lineEnd(text, i);
    else if (text.startsWith('/*', i)) i = blockEnd(text, i);
    else break;
  }
  if (i >= end) return undefined;
  return { sql: text.slice(i, end).trimEnd(), offset: i };
}

/** 1-based line and column of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/**
 * Where in its statement SQLite's message points: the token of `near "…"`, or the name of
 * `no such table/column/function: …`; else the statement's start (0).
 */
export function errorOffsetIn(statement: string, message: string): number {
  if (/incomplete input/.test(message)) return statement.length;
  const named = /near "((?:[^"]|"")*)"/.exec(message)?.[1] ?? /no such (?:table|column|function): (\S+)/.exec(message)?.[1];
  if (!named) return 0;
  const found = statement.indexOf(named);
  return found < 0 ? 0 : found;
}
