/** What the last action did to the database: per table, the rows inserted, updated (before and after) and deleted. */
import type { DbCell, DbChanges, DbTableChanges } from '../../../src-main/contract/workbench.js';
import { displayCell } from './cell-format.js';
import { changedColumns, summarizeChanges, type ChangeSet } from './change-set.js';

const SOURCE_WORDS: Record<ChangeSet['source'], string> = {
  check: 'the last check run',
  'http-client': 'the last request from the HTTP client',
  sql: 'the last SQL run',
  inspector: 'the last edit in the inspector',
  reset: 'the reset',
};

export function ChangesView({ changeSet, onDismiss }: { changeSet: ChangeSet | undefined; onDismiss: () => void }) {
  if (!changeSet) {
    return <p className="empty-note">Run the checks or send a request: the rows they insert, update or delete show up here, and are marked in the table.</p>;
  }
  const { changes } = changeSet;
  return (
    <div className="changes-view scroll-area" data-testid="changes-view">
      <div className="toolbar">
        <p className="status-line">
          What {SOURCE_WORDS[changeSet.source]} changed, at {new Date(changeSet.at).toLocaleTimeString()}
        </p>
        <div className="toolbar-end">
          <button type="button" className="button button-quiet button-small" onClick={onDismiss}>
            Clear marks
          </button>
        </div>
      </div>
      {changes.tables.length === 0 && <p className="empty-note">No rows changed.</p>}
      <ChangeTables changes={changes} />
    </div>
  );
}

/** Each changed table with its changed rows, and the tables too large to compare. */
export function ChangeTables({ changes }: { changes: DbChanges }) {
  return (
    <>
      {summarizeChanges(changes).map((line, i) => (
        <TableChanges key={changes.tables[i]!.table} summary={line} changes={changes.tables[i]!} />
      ))}
      {changes.skipped.map((notice) => (
        <p key={notice.table} className="notice">
          {notice.table} ({notice.rowCount} rows) was not compared: {notice.reason}.
        </p>
      ))}
    </>
  );
}

function TableChanges({ summary, changes }: { summary: string; changes: DbTableChanges }) {
  return (
    <section className="table-changes" aria-label={summary}>
      <h4>{summary}</h4>
      {changes.rows.length > 0 && (
        <table className="plain-table changes-table">
          <thead>
            <tr>
              <th scope="col">Change</th>
              {changes.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {changes.rows.flatMap((row) => {
              const id = JSON.stringify(row.key);
              if (row.before && row.after) {
                const changed = changedColumns(row.before, row.after);
                return [
                  <ChangeRow key={`${id}-before`} label="updated, before" kind="before" cells={row.before} changed={changed} />,
                  <ChangeRow key={`${id}-after`} label="after" kind="updated" cells={row.after} changed={changed} />,
                ];
              }
              return [<ChangeRow key={id} label={row.after ? 'inserted' : 'deleted'} kind={row.after ? 'inserted' : 'deleted'} cells={(row.after ?? row.before)!} />];
            })}
          </tbody>
        </table>
      )}
      {changes.rowsTruncated && <p className="muted">Only the first {changes.rows.length} changed rows are listed.</p>}
    </section>
  );
}

function ChangeRow({ label, kind, cells, changed }: { label: string; kind: string; cells: DbCell[]; changed?: Set<number> }) {
  return (
    <tr className={`change-${kind}`}>
      <th scope="row">{label}</th>
      {cells.map((cell, i) => {
        const shown = displayCell(cell);
        return (
          <td key={i} className={`cell cell-${shown.kind}${changed?.has(i) ? ' cell-changed' : ''}`}>
            {shown.text}
          </td>
        );
      })}
    </tr>
  );
}
