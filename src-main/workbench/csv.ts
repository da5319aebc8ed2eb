/**
 * CSV as RFC 4180 says: comma-separated, CRLF between rows, a field quoted when it holds a comma,
 * a quote or a line break, quotes doubled inside. NULL is an empty field and the empty string a
 * quoted empty field (""), so the two stay apart; BLOBs are base64.
 */
import type { DbValue } from '../contract/workbench.js';

export function csvField(value: DbValue): string {
  if (value === null) return '';
  const text = typeof value === 'object' ? (value.type === 'blob' ? value.base64 : value.value) : String(value);
  return text === '' || /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: readonly DbValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

export function csvHeader(columns: readonly string[]): string {
  return csvLine(columns);
}
