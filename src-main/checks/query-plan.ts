/**
 * Reads SQLite's `EXPLAIN QUERY PLAN` rows the way an index lesson needs: does the query go
 * through an index, and which tables does it read in full? Details look like
 * `SEARCH todos USING INDEX todos_by_owner (owner_id=?)`, `SCAN todos`,
 * `SEARCH todos USING INTEGER PRIMARY KEY (rowid=?)` or `SCAN t USING COVERING INDEX i`.
 */
import type { QueryPlan } from './tester-api.js';

type PlanRow = QueryPlan['rows'][number];

const NAMED_INDEX = /\bUSING (?:COVERING )?INDEX (\S+)/i;
const PRIMARY_KEY = /\bUSING (?:INTEGER )?PRIMARY KEY\b/i;
/**
 * Only a SEARCH looks rows up. `SCAN t USING COVERING INDEX i` still reads every entry (of the
 * index instead of the table): an index with the wrong leading column produces exactly that.
 */
const SEARCH = /^SEARCH /i;
/** `SCAN todos`, `SCAN todos AS t` or `SCAN todos USING COVERING INDEX i`: every row is read. */
const SCAN = /^SCAN (?:TABLE )?(\S+)/i;

function planText(rows: readonly PlanRow[]): string {
  const depth = new Map<number, number>();
  return rows
    .map((row) => {
      const level = (depth.get(row.parent) ?? -1) + 1;
      depth.set(row.id, level);
      return `${'  '.repeat(level)}${row.detail}`;
    })
    .join('\n');
}

export function toQueryPlan(rows: PlanRow[]): QueryPlan {
  return {
    rows,
    text: planText(rows),
    usesIndex(name) {
      return rows.some((row) => {
        if (!SEARCH.test(row.detail)) return false;
        const named = NAMED_INDEX.exec(row.detail)?.[1];
        if (name !== undefined) return named?.toLowerCase() === name.toLowerCase();
        return named !== undefined || PRIMARY_KEY.test(row.detail);
      });
    },
    scannedTables() {
      return rows.flatMap((row) => SCAN.exec(row.detail)?.[1] ?? []);
    },
  };
}
