import { describe, expect, it } from 'vitest';
import { errorOffsetIn, lineAndColumn, splitStatements } from '../../../src-main/workbench/sql-statements.js';

describe('splitting SQL into statements', () => {
  it('splits at semicolons and keeps each start offset', () => {
    const text = 'SELECT 1;\n  SELECT 2 ;';
    expect(splitStatements(text)).toEqual([
      { sql: 'SELECT 1', offset: 0 },
      { sql: 'SELECT 2', offset: 12 },
    ]);
  });

  it('ignores semicolons in strings, quoted names and comments', () => {
    const text = `SELECT 'a;b', "c;d", [e;f], \`g;h\` -- x;y\n/* ; */ FROM t; SELECT 'it''s;'`;
    const statements = splitStatements(text);
    expect(statements).toHaveLength(2);
    expect(statements[1]!.sql).toBe("SELECT 'it''s;'");
  });

  it('keeps a trigger body (with CASE … END inside) in one statement', () => {
    const text = `CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE a SET x = CASE WHEN 1 THEN 2 END; DELETE FROM b; END; SELECT 1`;
    const statements = splitStatements(text);
    expect(statements).toHaveLength(2);
    expect(statements[0]!.sql.endsWith('END')).toBe(true);
  });

  it('drops empty statements and comment-only tails', () => {
    expect(splitStatements(';; -- nothing\n /* here */ ')).toEqual([]);
  });
});

describe('error positions', () => {
  it('finds the token SQLite names, or the name it could not find', () => {
    expect(errorOffsetIn('SELECT * FORM t', 'near "FORM": syntax error')).toBe(9);
    expect(errorOffsetIn('SELECT nope FROM t', 'no such column: nope')).toBe(7);
    expect(errorOffsetIn('SELECT (1', 'incomplete input')).toBe(9);
    expect(errorOffsetIn('SELECT 1', 'something else')).toBe(0);
  });

  it('turns an offset into a 1-based line and column', () => {
    expect(lineAndColumn('ab\ncd\nef', 7)).toEqual({ line: 3, column: 2 });
    expect(lineAndColumn('abc', 0)).toEqual({ line: 1, column: 1 });
  });
});
