/**
 * The SQL console: one or several statements (all in one transaction), run with Ctrl/Cmd+Enter
 * while the box has focus — that shortcut runs the checks everywhere else, so here it is caught
 * first. Results per statement, errors with where they happened, the query plan as a tree,
 * history, and export of a result.
 */
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { SqlHistoryEntry, SqlRunResult, SqlStatementResult } from '../../../src-main/contract/workbench.js';
import { errorMessage } from '../../api/client.js';
import { runShortcutLabel } from '../../app/hooks.js';
import { useServices } from '../../app/services.js';
import { formatDuration } from '../results/format.js';
import { isRunShortcut } from '../runner/use-run-shortcut.js';
import { DataGrid } from './DataGrid.js';
import { ExportButtons } from './ExportButtons.js';
import { PlanTree } from './PlanTree.js';
import { errorExcerpt, sqlToRun, statementHeadline } from './sql-text.js';

const MAX_ROWS = 1000;

type RunState = { kind: 'idle' } | { kind: 'running' } | { kind: 'done'; sql: string; result: SqlRunResult } | { kind: 'failed'; message: string };

export function SqlConsole({ lessonId, initialSql }: { lessonId: string; initialSql: string }) {
  const { client } = useServices();
  const [text, setText] = useState(initialSql);
  const [run, setRun] = useState<RunState>({ kind: 'idle' });
  const [history, setHistory] = useState<SqlHistoryEntry[]>([]);
  const box = useRef<HTMLTextAreaElement>(null);

  const loadHistory = useCallback(() => {
    client.workbench.getSqlHistory(lessonId).then(
      ({ entries }) => setHistory(entries),
      () => undefined,
    );
  }, [client, lessonId]);
  useEffect(loadHistory, [loadHistory]);

  async function execute() {
    if (run.kind === 'running') return;
    const element = box.current;
    const { sql, offset } = sqlToRun(text, element?.selectionStart ?? 0, element?.selectionEnd ?? 0);
    if (sql.trim() === '') return;
    setRun({ kind: 'running' });
    try {
      const result = await client.workbench.runSql(lessonId, { sql, maxRows: MAX_ROWS });
      setRun({ kind: 'done', sql, result });
      if (result.error && element) {
        // Put the cursor where SQLite stopped.
        const at = offset + result.error.offset;
        element.setSelectionRange(at, at);
      }
    } catch (e) {
      setRun({ kind: 'failed', message: errorMessage(e) });
    }
    loadHistory();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (!isRunShortcut(event.nativeEvent)) return;
    // Marked handled, so the page-wide shortcut (run the checks) leaves it alone.
    event.preventDefault();
    event.stopPropagation();
    void execute();
  }

  return (
    <div className="sql-console">
      <div className="sql-input">
        <textarea
          ref={box}
          className="field code-field"
          rows={4}
          spellCheck={false}
          aria-label={`SQL statements. ${runShortcutLabel()} runs them (the selection, if any).`}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <div className="sql-actions">
          <button type="button" className="button button-primary button-small" aria-disabled={run.kind === 'running'} onClick={() => void execute()}>
            {run.kind === 'running' ? <span className="spinner" aria-hidden="true" /> : null}
            Run SQL <kbd>{runShortcutLabel()}</kbd>
          </button>
          <HistoryPicker history={history} onPick={(sql) => { setText(sql); box.current?.focus(); }} />
        </div>
      </div>
      <div className="sql-results scroll-area" aria-live="polite" aria-busy={run.kind === 'running'}>
        {run.kind === 'running' && (
          <p className="status-line" role="status">
            <span className="spinner" aria-hidden="true" /> Running…
          </p>
        )}
        {run.kind === 'failed' && <p className="notice notice-error" role="alert">{run.message}</p>}
        {run.kind === 'done' && <RunResult lessonId={lessonId} sql={run.sql} result={run.result} />}
        {run.kind === 'idle' && <p className="empty-note">Write SQL and press {runShortcutLabel()}. Several statements run in one transaction: all or nothing. Start one with EXPLAIN QUERY PLAN to see how SQLite finds the rows.</p>}
      </div>
    </div>
  );
}

function RunResult({ lessonId, sql, result }: { lessonId: string; sql: string; result: SqlRunResult }) {
  const { error } = result;
  const excerpt = error ? errorExcerpt(sql, error) : undefined;
  return (
    <div data-testid="sql-result">
      <p className="status-line">
        {result.ok ? `${result.statements.length} ${result.statements.length === 1 ? 'statement' : 'statements'} ran` : 'Nothing was changed: the run was rolled back'} in {formatDuration(result.durationMs)}
      </p>
      {error && (
        <div className="notice notice-error" role="alert">
          <p>
            <strong>Statement {error.statementIndex + 1}, line {error.line}, column {error.column}:</strong> {error.message}
            {error.code ? <span className="muted"> ({error.code})</span> : null}
          </p>
          {excerpt && <pre className="error-excerpt">{`${excerpt.line}\n${excerpt.caret}`}</pre>}
        </div>
      )}
      {result.statements.map((statement) => (
        <StatementResult key={statement.index} lessonId={lessonId} statement={statement} />
      ))}
    </div>
  );
}

function StatementResult({ lessonId, statement }: { lessonId: string; statement: SqlStatementResult }) {
  const { client } = useServices();
  const rowsLabel = `${statement.rows.length} ${statement.rows.length === 1 ? 'row' : 'rows'}`;
  return (
    <section className="statement-result" aria-label={`Result of statement ${statement.index + 1}`}>
      <div className="statement-head">
        <code className="statement-sql">{statementHeadline(statement.sql)}</code>
        <span className="muted">
          {statement.plan ? 'query plan' : statement.columns.length > 0 ? rowsLabel : `${statement.changes} ${statement.changes === 1 ? 'row' : 'rows'} changed`}
          {statement.lastInsertRowid !== undefined && statement.changes > 0 ? `, last id ${statement.lastInsertRowid}` : ''} · {formatDuration(statement.durationMs)}
        </span>
        {statement.columns.length > 0 && !statement.plan && statement.changes === 0 && (
          <ExportButtons what={`result ${statement.index + 1}`} onExport={(format) => client.workbench.exportSql(lessonId, statement.sql, format)} />
        )}
      </div>
      {statement.truncated && <p className="notice">Showing the first {statement.rows.length} rows; there were more, and they were not read. Add a LIMIT or a WHERE to see others.</p>}
      {statement.plan ? (
        <PlanTree nodes={statement.plan} />
      ) : (
        statement.columns.length > 0 && (
          <div className="scroll-area result-grid">
            <DataGrid label={`Rows of statement ${statement.index + 1}`} columns={statement.columns} rows={statement.rows.map((cells, i) => ({ id: String(i), cells }))} />
          </div>
        )
      )}
    </section>
  );
}

function HistoryPicker({ history, onPick }: { history: SqlHistoryEntry[]; onPick: (sql: string) => void }) {
  if (history.length === 0) return null;
  return (
    <select
      className="field sql-history"
      aria-label="SQL history: pick a statement to put it back in the box"
      value=""
      onChange={(e) => {
        const entry = history.find((h) => String(h.id) === e.target.value);
        if (entry) onPick(entry.sql);
      }}
    >
      <option value="">History ({history.length})</option>
      {history.map((entry) => (
        <option key={entry.id} value={entry.id}>
          {entry.ok ? '✓' : '✗'} {statementHeadline(entry.sql, 60)}
        </option>
      ))}
    </select>
  );
}
