/**
 * "What changed": the rows the last action (a check run, a request, a console statement, an
 * edit) inserted, updated or deleted, and how a grid row is marked. A check run reports one
 * change set per check; they are merged so the learner sees what the whole run did. Pure.
 */
import type { ServerEvent } from '../../../src-main/contract/events.js';
import type { DbCell, DbChanges, DbRowChange, DbTableChanges, DbValue } from '../../../src-main/contract/workbench.js';

export type ChangeSource = Extract<ServerEvent, { type: 'database.changed' }>['source'];

export interface ChangeSet {
  source: ChangeSource;
  /** The check run these changes belong to. */
  runId?: string;
  /** When the last part arrived (ms since the epoch). */
  at: number;
  changes: DbChanges;
}

export type RowMark = { kind: 'inserted' } | { kind: 'updated'; before: DbCell[]; changedColumns: Set<number> };

/** A row key as a map key: the JSON of its values. */
export function rowKeyId(key: readonly DbValue[]): string {
  return JSON.stringify(key);
}

/** `later` applied after `earlier`, as one change set. */
export function mergeChanges(earlier: DbChanges, later: DbChanges): DbChanges {
  const names = [...new Set([...earlier.tables.map((t) => t.table), ...later.tables.map((t) => t.table)])].sort();
  const tables: DbTableChanges[] = [];
  for (const name of names) {
    const first = earlier.tables.find((t) => t.table === name);
    const second = later.tables.find((t) => t.table === name);
    const merged = first && second ? mergeTable(first, second) : (first ?? second)!;
    if (merged.inserted + merged.updated + merged.deleted > 0 || merged.created || merged.dropped) tables.push(merged);
  }
  const skipped = new Map([...earlier.skipped, ...later.skipped].map((notice) => [notice.table, notice]));
  return { tables, skipped: [...skipped.values()] };
}

function mergeTable(first: DbTableChanges, second: DbTableChanges): DbTableChanges {
  // A table created and then dropped in the same run leaves nothing to show.
  if (first.created && second.dropped) return { ...second, inserted: 0, updated: 0, deleted: 0, rows: [], created: false, dropped: false };
  const rows = new Map<string, DbRowChange>(first.rows.map((row) => [rowKeyId(row.key), row]));
  for (const row of second.rows) {
    const id = rowKeyId(row.key);
    const merged = mergeRow(rows.get(id), row);
    if (merged) rows.set(id, merged);
    else rows.delete(id);
  }
  const list = [...rows.values()];
  const truncated = first.rowsTruncated || second.rowsTruncated;
  const counted = countRows(list);
  const created = Boolean(first.created || second.created) && !second.dropped;
  const dropped = Boolean(second.dropped) && !first.created;
  return {
    table: second.table,
    // A table re-created with other columns: the later columns describe the later rows.
    columns: second.columns,
    key: second.key,
    // Past the listed rows the exact counts are unknown: the sum is the best bound there is.
    inserted: truncated ? first.inserted + second.inserted : counted.inserted,
    updated: truncated ? first.updated + second.updated : counted.updated,
    deleted: truncated ? first.deleted + second.deleted : counted.deleted,
    rows: list,
    rowsTruncated: truncated,
    ...(created ? { created } : {}),
    ...(dropped ? { dropped } : {}),
  };
}

/** One row changed twice: the first `before` and the last `after`; undefined when nothing is left (inserted, then deleted). */
export function mergeRow(first: DbRowChange | undefined, second: DbRowChange): DbRowChange | undefined {
  if (!first) return second;
  const before = first.before;
  const after = second.after;
  if (!before && !after) return undefined;
  return { key: second.key, ...(before ? { before } : {}), ...(after ? { after } : {}) };
}

function countRows(rows: DbRowChange[]): { inserted: number; updated: number; deleted: number } {
  const counts = { inserted: 0, updated: 0, deleted: 0 };
  for (const row of rows) {
    if (row.before && row.after) counts.updated++;
    else if (row.after) counts.inserted++;
    else counts.deleted++;
  }
  return counts;
}

/** How each changed row of `table` is marked in the grid, by row key; deleted rows are not in the grid. */
export function rowMarks(changes: DbChanges, table: string): Map<string, RowMark> {
  const marks = new Map<string, RowMark>();
  const tableChanges = changes.tables.find((t) => t.table === table);
  if (!tableChanges) return marks;
  for (const row of tableChanges.rows) {
    if (!row.after) continue;
    marks.set(rowKeyId(row.key), row.before ? { kind: 'updated', before: row.before, changedColumns: changedColumns(row.before, row.after) } : { kind: 'inserted' });
  }
  return marks;
}

/** The indexes of the columns whose value differs between before and after. */
export function changedColumns(before: readonly DbCell[], after: readonly DbCell[]): Set<number> {
  const changed = new Set<number>();
  const count = Math.max(before.length, after.length);
  for (let i = 0; i < count; i++) {
    if (JSON.stringify(before[i]) !== JSON.stringify(after[i])) changed.add(i);
  }
  return changed;
}

/** e.g. "todos: 1 inserted, 2 updated" — one line per table. */
export function summarizeChanges(changes: DbChanges): string[] {
  return changes.tables.map((t) => {
    const parts = [
      t.created ? 'created' : '',
      t.inserted ? `${t.inserted} inserted` : '',
      t.updated ? `${t.updated} updated` : '',
      t.deleted ? `${t.deleted} deleted` : '',
      t.dropped ? 'dropped' : '',
    ].filter(Boolean);
    return `${t.table}: ${parts.join(', ')}`;
  });
}

/**
 * The change set after an event. A check run's changes come one check at a time on the timeline
 * (with the run's id) and add up; every other change (`database.changed` from a request, the
 * console, an edit) starts afresh; a reset clears it. Events of other lessons change nothing.
 */
export function changeSetAfter(current: ChangeSet | undefined, event: ServerEvent, lessonId: string): ChangeSet | undefined {
  if (event.type === 'timeline.entry') {
    const { entry } = event;
    if (entry.lessonId !== lessonId || entry.source.kind !== 'check') return current;
    const at = entry.startedAt + entry.durationMs;
    const runId = entry.source.runId;
    if (current?.runId === runId) return { ...current, at, changes: mergeChanges(current.changes, entry.changes) };
    return { source: 'check', runId, at, changes: entry.changes };
  }
  if (event.type !== 'database.changed' || event.lessonId !== lessonId) return current;
  if (event.source === 'reset') return undefined;
  // Checks arrive through their timeline entries, which carry the run they belong to.
  if (event.source === 'check' || !event.changes) return current;
  return { source: event.source, at: Date.now(), changes: event.changes };
}
