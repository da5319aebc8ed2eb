/**
 * The SQL console: the learner's statements run one by one in a single transaction, so a failure
 * anywhere rolls back everything before it. Rows are read by iterating up to a cap, never with
 * `.all()`, so `SELECT * FROM big` returns its first rows at once instead of filling memory.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { SqlError, SqlRunResult, SqlStatementResult } from '../contract/workbench.js';
import { diffSnapshots, noChanges, takeSnapshot, type DatabaseSnapshot } from './change-tracker.js';
import { toCell, toDbValue } from './db-values.js';
import { planTree, type PlanRow } from './query-plan.js';
import { sqliteCode } from './sqlite-errors.js';
import { errorOffsetIn, lineAndColumn, splitStatements, type SqlStatement } from './sql-statements.js';

/** Refused before anything runs, with why. */
const REFUSED: { pattern: RegExp; reason: string }[] = [
  {
    pattern: /^(?:ATTACH|DETACH)\b/i,
    reason: 'The console works on the lesson database only; ATTACH and DETACH are turned off.',
  },
  {
    pattern: /^VACUUM\b[\s\S]*\bINTO\b/i,
    reason: 'VACUUM INTO writes a file elsewhere; the console works on the lesson database only.',
  },
  {
    pattern: /^(?:BEGIN|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE)\b/i,
    reason: 'The console already runs your statements in one transaction (all or nothing); leave out BEGIN, COMMIT and ROLLBACK.',
  },
];

const EXPLAIN_QUERY_PLAN = /^EXPLAIN\s+QUERY\s+PLAN\b/i;

class StatementFailure extends Error {
  constructor(
    readonly statement: SqlStatement,
    readonly index: number,
    message: string,
    readonly code?: string,
    readonly near = 0,
  ) {
    super(message);
  }
}

export function runSql(db: Database, text: string, maxRows: number): SqlRunResult {
  const started = performance.now();
  const statements = splitStatements(text);
  const results: SqlStatementResult[] = [];
  const finish = (result: Omit<SqlRunResult, 'durationMs' | 'statements'>): SqlRunResult => ({
    ...result,
    statements: results,
    durationMs: Math.round(performance.now() - started),
  });
  if (statements.length === 0) {
    return finish({ ok: false, changes: noChanges(), error: { message: 'There is no statement to run.', statementIndex: 0, offset: 0, line: 1, column: 1 } });
  }
  try {
    statements.forEach(refuseIfForbidden);
    db.exec('BEGIN IMMEDIATE');
    let changes = noChanges();
    try {
      // Snapshots inside the transaction see exactly this run's writes; a run that only reads takes none.
      let before: DatabaseSnapshot | undefined;
      const beforeWrite = () => (before ??= takeSnapshot(db));
      statements.forEach((statement, index) => results.push(runOne(db, statement, index, maxRows, beforeWrite)));
      if (before) changes = diffSnapshots(before, takeSnapshot(db));
      db.exec('COMMIT');
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    }
    return finish({ ok: true, changes });
  } catch (error) {
    if (!(error instanceof StatementFailure)) throw error;
    return finish({ ok: false, changes: noChanges(), error: positioned(text, error) });
  }
}

function refuseIfForbidden(statement: SqlStatement, index: number): void {
  const refused = REFUSED.find((rule) => rule.pattern.test(statement.sql));
  if (refused) throw new StatementFailure(statement, index, refused.reason);
}

function runOne(db: Database, statement: SqlStatement, index: number, maxRows: number, beforeWrite: () => void): SqlStatementResult {
  const started = performance.now();
  try {
    const prepared = db.prepare(statement.sql);
    if (!prepared.readonly) beforeWrite();
    const base = { index, sql: statement.sql, columns: [] as string[], rows: [], truncated: false, changes: 0 };
    if (!prepared.reader) {
      const info = prepared.safeIntegers(true).run();
      const rowid = toDbValue(info.lastInsertRowid);
      return { ...base, changes: info.changes, ...(info.changes > 0 && typeof rowid === 'number' ? { lastInsertRowid: rowid } : {}), durationMs: elapsed(started) };
    }
    const columns = prepared.columns().map((column) => column.name);
    const { rows, truncated } = readCapped(prepared, maxRows);
    const plan = EXPLAIN_QUERY_PLAN.test(statement.sql) ? { plan: planTree(planRows(columns, rows)) } : {};
    return { ...base, columns, rows: rows.map((row) => row.map(toCell)), truncated, ...plan, durationMs: elapsed(started) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new StatementFailure(statement, index, message, sqliteCode(error), errorOffsetIn(statement.sql, message));
  }
}

/** Reads at most `maxRows` rows, and one more to know whether there were more. */
function readCapped(statement: Statement, maxRows: number): { rows: unknown[][]; truncated: boolean } {
  const rows: unknown[][] = [];
  for (const row of statement.raw(true).safeIntegers(true).iterate() as IterableIterator<unknown[]>) {
    if (rows.length === maxRows) return { rows, truncated: true }; // leaving the loop resets the statement
    rows.push(row);
  }
  return { rows, truncated: false };
}

function planRows(columns: string[], rows: unknown[][]): PlanRow[] {
  const at = (name: string) => columns.indexOf(name);
  return rows.map((row) => ({ id: Number(row[at('id')]), parent: Number(row[at('parent')]), detail: String(row[at('detail')]) }));
}

function positioned(text: string, failure: StatementFailure): SqlError {
  const offset = failure.statement.offset + failure.near;
  return {
    message: failure.message,
    ...(failure.code ? { code: failure.code } : {}),
    statementIndex: failure.index,
    offset,
    ...lineAndColumn(text, offset),
  };
}

const elapsed = (started: number) => Math.round((performance.now() - started) * 100) / 100;
