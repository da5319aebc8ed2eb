/** A table or a query's rows as a CSV or JSON file, read by iterating (at most EXPORT_ROW_CAP rows). */
import type { Statement } from 'better-sqlite3';
import type { ExportFormat } from '../contract/workbench.js';
import { csvHeader, csvLine } from './csv.js';
import { toDbValue } from './db-values.js';

export const EXPORT_ROW_CAP = 1_000_000;

export interface ExportFile {
  body: Buffer;
  contentType: string;
  /** More rows existed than the cap. */
  truncated: boolean;
}

export function exportRows(statement: Statement<unknown[], unknown[]>, params: unknown[], format: ExportFormat): ExportFile {
  const columns = statement.columns().map((column) => column.name);
  const parts: string[] = [format === 'csv' ? csvHeader(columns) : '['];
  let count = 0;
  let truncated = false;
  for (const raw of statement.raw(true).safeIntegers(true).iterate(...params)) {
    if (count === EXPORT_ROW_CAP) {
      truncated = true;
      break;
    }
    const values = raw.map(toDbValue);
    parts.push(format === 'csv' ? csvLine(values) : `${count === 0 ? '\n' : ',\n'}${JSON.stringify(Object.fromEntries(columns.map((column, i) => [column, values[i]])))}`);
    count++;
  }
  if (format === 'json') parts.push('\n]\n');
  return {
    body: Buffer.from(parts.join('')),
    contentType: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
    truncated,
  };
}
