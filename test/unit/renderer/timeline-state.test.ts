import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../../src-main/contract/workbench.js';
import { addEntries, entryTitle, filterTimeline, pathOf, statusSummary } from '../../../src-renderer/features/timeline/timeline-state.js';

function entry(id: string, startedAt: number, over: Partial<TimelineEntry> = {}): TimelineEntry {
  return {
    id,
    lessonId: 'crud/a',
    source: { kind: 'http-client', historyId: 1 },
    startedAt,
    durationMs: 3,
    exchanges: [{ kind: 'http', request: { method: 'POST', url: 'http://127.0.0.1:4000/todos?x=1', headers: {} }, response: { status: 201, headers: {}, body: '', durationMs: 2 }, curl: '' }],
    output: [],
    changes: { tables: [], skipped: [] },
    ...over,
  };
}

describe('timeline', () => {
  it('adds entries in time order, once each, keeping the newest', () => {
    const list = addEntries([entry('b', 2)], [entry('a', 1), entry('b', 2), entry('c', 3)]);
    expect(list.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(addEntries(list, [entry('d', 4)], 2).map((e) => e.id)).toEqual(['c', 'd']);
  });

  it('names an entry by its check or its request line, without the changing port', () => {
    expect(entryTitle(entry('a', 1))).toBe('POST /todos?x=1');
    expect(entryTitle(entry('a', 1, { source: { kind: 'check', runId: 'r', checkId: 's/0', name: 'lists todos', status: 'failed' } }))).toBe('Check: lists todos');
    expect(pathOf('not a url')).toBe('not a url');
    expect(statusSummary(entry('a', 1, { exchanges: [...entry('a', 1).exchanges, { kind: 'http', request: { method: 'GET', url: 'http://x/', headers: {} }, curl: '' }] }))).toBe('201, no answer');
  });

  it('names and sums up WebSocket and burst exchanges from checks too', () => {
    const ws = { kind: 'ws' as const, client: 'ada', url: 'ws://127.0.0.1:4000/chat', headers: {}, protocols: [], handshake: { status: 101, headers: {}, durationMs: 1 }, frames: [], script: '' };
    const request = { method: 'GET', url: 'http://127.0.0.1:4000/api', headers: {} };
    const timeline = [200, 429, 0].map((status, index) => ({ index, sentAtMs: index * 10, status, durationMs: 1, headers: {} }));
    const burst = { kind: 'burst' as const, request, pace: '3 at a time', timeline, curl: '' };
    expect(entryTitle(entry('a', 1, { exchanges: [ws] }))).toBe('WebSocket /chat');
    expect(entryTitle(entry('a', 1, { exchanges: [burst] }))).toBe('GET /api × 3');
    expect(statusSummary(entry('a', 1, { exchanges: [ws, burst] }))).toBe('101, 200 429 no answer');
  });

  it('filters by source and by text in requests and output', () => {
    const check = entry('c', 2, { source: { kind: 'check', runId: 'r', checkId: 's/0', name: 'n', status: 'passed' }, output: [{ stream: 'stdout', text: 'Saved todo 7', at: 2 }] });
    const list = [entry('h', 1), check];
    expect(filterTimeline(list, { source: 'check', text: '' })).toEqual([check]);
    expect(filterTimeline(list, { source: 'all', text: 'todo 7' })).toEqual([check]);
    expect(filterTimeline(list, { source: 'all', text: '201' })).toHaveLength(2);
    expect(filterTimeline(list, { source: 'http-client', text: 'nothing like it' })).toEqual([]);
  });
});
