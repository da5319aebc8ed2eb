/**
 * What the table browser asks for: filters typed by the learner, the sort, and "jump to" — all
 * turned into a page request. Pure.
 */
import type { DbColumn, DbFilter, DbFilterOp, DbPageRequest, DbValueInput } from '../../../src-main/contract/workbench.js';

export const FILTER_OPS: { op: DbFilterOp; label: string }[] = [
  { op: '=', label: '=' },
  { op: '!=', label: '≠' },
  { op: '<', label: '<' },
  { op: '<=', label: '≤' },
  { op: '>', label: '>' },
  { op: '>=', label: '≥' },
  { op: 'contains', label: 'contains' },
  { op: 'like', label: 'LIKE' },
  { op: 'is-null', label: 'is NULL' },
  { op: 'not-null', label: 'is not NULL' },
];

export function opNeedsValue(op: DbFilterOp): boolean {
  return op !== 'is-null' && op !== 'not-null';
}

/** SQLite's type affinity of a declared column type (https://sqlite.org/datatype3.html §3.1). */
export function affinity(declaredType: string): 'integer' | 'text' | 'blob' | 'real' | 'numeric' {
  const type = declaredType.toUpperCase();
  if (type.includes('INT')) return 'integer';
  if (/CHAR|CLOB|TEXT/.test(type)) return 'text';
  if (type === '' || type.includes('BLOB')) return 'blob';
  if (/REAL|FLOA|DOUB/.test(type)) return 'real';
  return 'numeric';
}

/**
 * The typed text as a value to compare with: a number for numeric columns when it reads as one
 * (so `id > 9` compares numbers, not text), else the text itself.
 */
export function filterValue(text: string, column: Pick<DbColumn, 'type'> | undefined): DbValueInput {
  const kind = affinity(column?.type ?? '');
  const trimmed = text.trim();
  const numeric = kind === 'integer' || kind === 'real' || kind === 'numeric' || kind === 'blob';
  if (numeric && trimmed !== '' && Number.isFinite(Number(trimmed))) return Number(trimmed);
  return text;
}

export function describeFilter(filter: DbFilter): string {
  const label = FILTER_OPS.find((o) => o.op === filter.op)?.label ?? filter.op;
  if (!opNeedsValue(filter.op)) return `${filter.column} ${label}`;
  const value = filter.value;
  const shown = typeof value === 'string' ? `"${value}"` : value === null || value === undefined ? 'NULL' : typeof value === 'number' ? String(value) : value.type;
  return `${filter.column} ${label} ${shown}`;
}

export interface BrowseQuery {
  sort: { column: string; direction: 'asc' | 'desc' } | undefined;
  filters: DbFilter[];
  /** "Jump to": start at this value of the sort column (or of the first column when unsorted). */
  jump: { column: string; value: DbValueInput } | undefined;
}

export const PAGE_SIZE = 100;

export function pageRequest(query: BrowseQuery, after: string | undefined): DbPageRequest {
  const filters = [...query.filters];
  if (query.jump) {
    // Descending pages start at the value and go down; ascending ones go up.
    const op: DbFilterOp = query.sort?.direction === 'desc' ? '<=' : '>=';
    filters.push({ column: query.jump.column, op, value: query.jump.value });
  }
  return {
    ...(query.sort ? { sort: query.sort } : {}),
    filters,
    ...(after !== undefined ? { after } : {}),
    limit: PAGE_SIZE,
  };
}

/** The column "jump to" works on: the sorted one, else the primary key's first column, else the first column. */
export function jumpColumn(columns: readonly DbColumn[], sort: BrowseQuery['sort']): DbColumn | undefined {
  if (sort) return columns.find((c) => c.name === sort.column);
  return columns.find((c) => c.primaryKey === 1) ?? columns[0];
}
