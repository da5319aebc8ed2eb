import { describe, expect, it } from 'vitest';
import { createApiClient } from '../../../src-renderer/api/client.js';
import { parseServerEvent } from '../../../src-renderer/api/events.js';
import { fileNameFrom } from '../../../src-renderer/api/workbench-client.js';

function recordingFetch(respond: () => Response = () => Response.json({})) {
  const seen: { url: string; method: string; body: unknown }[] = [];
  const fetchImpl = async (url: string, init?: RequestInit) => {
    seen.push({ url, method: init?.method ?? 'GET', body: init?.body === undefined ? undefined : JSON.parse(String(init.body)) });
    return respond();
  };
  return { seen, fetchImpl };
}

describe('workbench client', () => {
  it('names tables as one encoded path segment', async () => {
    const { seen, fetchImpl } = recordingFetch();
    const { workbench } = createApiClient('tok', fetchImpl);
    await workbench.getPage('crud/a', 'my table/x', { limit: 10 });
    await workbench.updateCell('crud/a', 'todos', { key: [1], column: 'title', value: 'x' });
    await workbench.deleteRows('crud/a', 'todos', { keys: [[1], [2]] });
    expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual([
      'POST /api/lessons/crud/a/database/tables/my%20table%2Fx/page',
      'PATCH /api/lessons/crud/a/database/tables/todos/rows',
      'POST /api/lessons/crud/a/database/tables/todos/rows/delete',
    ]);
    expect(seen[2]!.body).toEqual({ keys: [[1], [2]] });
  });

  it('reaches the HTTP, WebSocket and timeline routes of the lesson', async () => {
    const { seen, fetchImpl } = recordingFetch(() => new Response(null, { status: 204 }));
    const { workbench } = createApiClient('tok', fetchImpl);
    await workbench.clearHttpHistory('crud/a');
    await workbench.sendWs('crud/a', 'c1d2', { kind: 'text', data: 'hi' });
    await workbench.closeWs('crud/a', 'c1d2', { code: 4000, reason: 'bye' });
    expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual(['DELETE /api/lessons/crud/a/http/history', 'POST /api/lessons/crud/a/ws/c1d2/send', 'POST /api/lessons/crud/a/ws/c1d2/close']);
  });

  it('downloads an export with the name the backend gave it and says when it was cut', async () => {
    const { fetchImpl } = recordingFetch(
      () => new Response('id,title\n1,a\n', { headers: { 'content-type': 'text/csv', 'content-disposition': 'attachment; filename="todos.csv"', 'x-rows-truncated': 'true' } }),
    );
    const file = await createApiClient('tok', fetchImpl).workbench.exportTable('crud/a', 'todos', 'csv');
    expect(file.fileName).toBe('todos.csv');
    expect(file.truncated).toBe(true);
    expect(await file.blob.text()).toBe('id,title\n1,a\n');
    expect(fileNameFrom(null)).toBeUndefined();
  });

  it('lets the workbench events through the event socket', () => {
    expect(parseServerEvent(JSON.stringify({ type: 'ws.closed', lessonId: 'a/b', clientId: 'c', close: { code: 1000, reason: '', by: 'server', at: 1 } }))?.type).toBe('ws.closed');
    expect(parseServerEvent(JSON.stringify({ type: 'database.changed', lessonId: 'a/b', source: 'reset' }))?.type).toBe('database.changed');
    expect(parseServerEvent(JSON.stringify({ type: 'timeline.entry', entry: {} }))?.type).toBe('timeline.entry');
  });
});
