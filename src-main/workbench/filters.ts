/** A page's filters as a parameterised WHERE condition; the column names are already checked and quoted. */
import type { DbFilter } from '../contract/workbench.js';
import { HttpError } from '../server/http/http-error.js';
import { toSqliteValue, type SqliteValue } from './db-values.js';
import type { Condition } from './keyset.js';

const COMPARISONS = { '<': '<', '<=': '<=', '>': '>', '>=': '>=' } as const;

/** `contains` is literal: %, _ and \ in what the learner typed match themselves. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

export function filterCondition(column: string, filter: DbFilter): Condition {
  switch (filter.op) {
    case 'is-null':
      return { sql: `${column} IS NULL`, params: [] };
    case 'not-null':
      return { sql: `${column} IS NOT NULL`, params: [] };
    // IS / IS NOT, so "= NULL" finds the NULLs and "!= 1" keeps them, as a learner expects.
    case '=':
      return { sql: `${column} IS ?`, params: [valueOf(filter)] };
    case '!=':
      return { sql: `${column} IS NOT ?`, params: [valueOf(filter)] };
    case 'contains':
      return { sql: `${column} LIKE ? ESCAPE '\\'`, params: [containsPattern(String(textOf(filter)))] };
    case 'like':
      return { sql: `${column} LIKE ?`, params: [textOf(filter)] };
    default:
      return { sql: `${column} ${COMPARISONS[filter.op]} ?`, params: [valueOf(filter)] };
  }
}

function valueOf(filter: DbFilter): SqliteValue {
  if (filter.value === undefined) throw new HttpError(400, `The filter "${filter.column} ${filter.op}" needs a value.`);
  return toSqliteValue(filter.value);
}

function textOf(filter: DbFilter): string {
  const value = filter.value;
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new HttpError(400, `The filter "${filter.column} ${filter.op}" needs text to match.`);
  }
  return String(value);
}
