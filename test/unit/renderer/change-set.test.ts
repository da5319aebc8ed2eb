import { describe, expect, it } from 'vitest';
import type { ServerEvent } from '../../../src-main/contract/events.js';
import type { DbChanges, DbTableChanges, TimelineEntry } from '../../../src-main/contract/workbench.js';
import { changeSetAfter, mergeChanges, mergeRow, rowKeyId, rowMarks, summarizeChanges } from '../../../src-renderer/features/database/change-set.js';

const columns = ['id', 'title', 'done'];

function table(rows: DbTableChanges['rows'], counts: Partial<DbTableChanges> = {}): DbTableChanges {
  const inserted = rows.filter((r) => r.after && !r.before).length;
  const updated = rows.filter((r) => r.after && r.before).length;
  const deleted = rows.filter((r) => !r.after).length;
  return { table: 'todos', columns, key: ['rowid'], inserted, updated, deleted, rows, rowsTruncated: false, ...counts };
}

const changes = (...tables: DbTableChanges[]): DbChanges => ({ tables, skipped: [] });

function checkEntry(runId: string, tableChanges: DbChanges, lessonId = 'crud/a'): ServerEvent {
  const entry: TimelineEntry = {
    id: `${runId}-${Math.random()}`,
    lessonId,
    source: { kind: 'check', runId, checkId: 's/0', name: 'n', status: 'passed' },
    startedAt: 1000,
    durationMs: 5,
    exchanges: [],
    output: [],
    changes: tableChanges,
  };
  return { type: 'timeline.entry', entry };
}

describe('what changed', () => {
  it('merges a row changed twice: first before, last after; inserted then deleted leaves nothing', () => {
    const inserted = { key: [6], after: [6, 'a', 0] };
    expect(mergeRow(inserted, { key: [6], before: [6, 'a', 0], after: [6, 'b', 0] })).toEqual({ key: [6], after: [6, 'b', 0] });
    expect(mergeRow(inserted, { key: [6], before: [6, 'a', 0] })).toBeUndefined();
    const updated = { key: [1], before: [1, 'x', 0], after: [1, 'y', 0] };
    expect(mergeRow(updated, { key: [1], before: [1, 'y', 0], after: [1, 'z', 1] })).toEqual({ key: [1], before: [1, 'x', 0], after: [1, 'z', 1] });
    expect(mergeRow({ key: [2], before: [2, 'gone', 0] }, { key: [2], after: [2, 'back', 0] })).toEqual({ key: [2], before: [2, 'gone', 0], after: [2, 'back', 0] });
  });

  it('merges two change sets table by table and recounts', () => {
    const first = changes(table([{ key: [6], after: [6, 'a', 0] }, { key: [1], before: [1, 'x', 0], after: [1, 'y', 0] }]));
    const second = changes(table([{ key: [6], before: [6, 'a', 0] }, { key: [7], after: [7, 'c', 0] }]));
    const merged = mergeChanges(first, second);
    expect(merged.tables).toHaveLength(1);
    expect(merged.tables[0]).toMatchObject({ inserted: 1, updated: 1, deleted: 0 });
    expect(merged.tables[0]!.rows.map((r) => r.key)).toEqual([[1], [7]]);
    // A table whose changes cancel out is not listed.
    expect(mergeChanges(changes(table([{ key: [6], after: [6, 'a', 0] }])), changes(table([{ key: [6], before: [6, 'a', 0] }]))).tables).toEqual([]);
  });

  it('keeps the counts as a bound when the listed rows were cut', () => {
    const merged = mergeChanges(changes(table([], { inserted: 150, rowsTruncated: true })), changes(table([], { inserted: 3 })));
    expect(merged.tables[0]).toMatchObject({ inserted: 153, rowsTruncated: true });
  });

  it('marks inserted rows and updated rows with the columns that changed and their old values', () => {
    const marks = rowMarks(changes(table([{ key: [6], after: [6, 'a', 0] }, { key: [1], before: [1, 'x', 0], after: [1, 'x', 1] }, { key: [2], before: [2, 'd', 0] }])), 'todos');
    expect(marks.get(rowKeyId([6]))).toEqual({ kind: 'inserted' });
    expect(marks.get(rowKeyId([1]))).toEqual({ kind: 'updated', before: [1, 'x', 0], changedColumns: new Set([2]) });
    // Deleted rows are not in the grid to mark.
    expect(marks.has(rowKeyId([2]))).toBe(false);
    expect(rowMarks(changes(table([{ key: [6], after: [6, 'a', 0] }])), 'other').size).toBe(0);
  });

  it('adds up the checks of one run, starts afresh for the next run and for other sources, and clears on reset', () => {
    const one = changes(table([{ key: [6], after: [6, 'a', 0] }]));
    const two = changes(table([{ key: [7], after: [7, 'b', 0] }]));
    let set = changeSetAfter(undefined, checkEntry('run-1', one), 'crud/a');
    set = changeSetAfter(set, checkEntry('run-1', two), 'crud/a');
    expect(set?.changes.tables[0]!.inserted).toBe(2);
    set = changeSetAfter(set, checkEntry('run-2', two), 'crud/a');
    expect(set?.changes.tables[0]!.inserted).toBe(1);
    // A check's database.changed comes with its timeline entry: it is not counted twice.
    expect(changeSetAfter(set, { type: 'database.changed', lessonId: 'crud/a', source: 'check', changes: two }, 'crud/a')).toBe(set);
    set = changeSetAfter(set, { type: 'database.changed', lessonId: 'crud/a', source: 'http-client', changes: one }, 'crud/a');
    expect(set).toMatchObject({ source: 'http-client', changes: one });
    expect(changeSetAfter(set, { type: 'database.changed', lessonId: 'crud/b', source: 'reset' }, 'crud/a')).toBe(set);
    expect(changeSetAfter(set, checkEntry('run-3', two, 'crud/b'), 'crud/a')).toBe(set);
    expect(changeSetAfter(set, { type: 'database.changed', lessonId: 'crud/a', source: 'reset' }, 'crud/a')).toBeUndefined();
  });

  it('says per table what happened', () => {
    expect(summarizeChanges(changes(table([{ key: [6], after: [6, 'a', 0] }, { key: [2], before: [2, 'd', 0] }])))).toEqual(['todos: 1 inserted, 1 deleted']);
  });
});
