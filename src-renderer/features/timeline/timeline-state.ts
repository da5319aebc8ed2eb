/** The timeline as the page keeps it: entries oldest first, no duplicates, bounded; filtered for display. Pure. */
import type { CheckExchange } from '../../../src-main/contract/api.js';
import type { TimelineEntry } from '../../../src-main/contract/workbench.js';

/** As many as the backend keeps per lesson. */
export const TIMELINE_CAP = 200;

export function addEntries(entries: readonly TimelineEntry[], added: readonly TimelineEntry[], cap = TIMELINE_CAP): TimelineEntry[] {
  const known = new Set(entries.map((e) => e.id));
  const merged = [...entries, ...added.filter((e) => !known.has(e.id))].sort((a, b) => a.startedAt - b.startedAt);
  return merged.length > cap ? merged.slice(merged.length - cap) : merged;
}

export interface TimelineFilter {
  source: 'all' | 'http-client' | 'check';
  /** Matched against the request lines, the check's name and the output. */
  text: string;
}

export function filterTimeline(entries: readonly TimelineEntry[], filter: TimelineFilter): TimelineEntry[] {
  const needle = filter.text.trim().toLowerCase();
  return entries.filter((entry) => {
    if (filter.source !== 'all' && entry.source.kind !== filter.source) return false;
    if (needle === '') return true;
    const haystack = [entryTitle(entry), ...entry.exchanges.map((x) => `${requestLine(x)} ${statusOf(x)}`), ...entry.output.map((o) => o.text)];
    return haystack.some((text) => text.toLowerCase().includes(needle));
  });
}

/** "Check: lists every todo" or "POST /todos". */
export function entryTitle(entry: TimelineEntry): string {
  if (entry.source.kind === 'check') return `Check: ${entry.source.name}`;
  const first = entry.exchanges[0];
  return first ? requestLine(first) : 'Request';
}

/** "POST /todos", "WebSocket /chat" or "GET /api × 12": what one exchange sent. */
function requestLine(exchange: CheckExchange): string {
  if (exchange.kind === 'ws') return `WebSocket ${pathOf(exchange.url)}`;
  const line = `${exchange.request.method} ${pathOf(exchange.request.url)}`;
  return exchange.kind === 'burst' ? `${line} × ${exchange.timeline.length}` : line;
}

/** The status it got: the answer, the upgrade's answer, or every status of a burst. */
function statusOf(exchange: CheckExchange): string {
  if (exchange.kind === 'http') return exchange.response ? String(exchange.response.status) : 'no answer';
  if (exchange.kind === 'ws') return exchange.handshake ? String(exchange.handshake.status) : 'no answer';
  return exchange.timeline.map((entry) => (entry.status === 0 ? 'no answer' : String(entry.status))).join(' ');
}

/** The path and query of a URL (the port changes at every start and says nothing). */
export function pathOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return url;
  }
}

/** "201" or "404, 200": the statuses the entry's requests got, or "no answer". */
export function statusSummary(entry: TimelineEntry): string {
  if (entry.exchanges.length === 0) return '';
  return entry.exchanges.map(statusOf).join(', ');
}
