/** WebSocket clients held by the backend for the page, against a real learner server's WebSocket endpoint. */
import { describe, expect, it } from 'vitest';
import type { ServerEvent } from '../../../src-main/contract/events.js';
import type { WsClientsResponse, WsClientState, WsMessage } from '../../../src-main/contract/workbench.js';
import { useBackend } from '../../support/backend.js';
import { useTempDir } from '../../support/temp-dir.js';
import { lessonApi } from './lesson-api.js';
import { listenToEvents } from '../../support/events.js';
import { useWorkbenchServer } from './learner-server.js';

const tempDir = useTempDir();
const startBackend = useBackend();

function messagesOf(events: ServerEvent[], clientId: string): Pick<WsMessage, 'direction' | 'kind' | 'data'>[] {
  return events.flatMap((event) => event.type === 'ws.message' && event.clientId === clientId
    ? [{ direction: event.message.direction, kind: event.message.kind, data: event.message.data }] : []);
}

function closeOf(events: ServerEvent[], clientId: string) {
  return events.find((event) => event.type === 'ws.closed' && event.clientId === clientId);
}

describe('WebSocket clients', () => {
  it('opens, sends text, JSON and binary, hears every message, and reports the server\'s close', async () => {
    const backend = await startBackend(tempDir());
    await useWorkbenchServer(backend);
    const api = lessonApi(backend);
    const listener = await listenToEvents(backend);

    const client = await api.json<WsClientState>('POST', 'ws', { path: '/chat', protocols: ['chat.v1'] }, 201);
    expect(client).toMatchObject({ status: 'open', protocol: 'chat.v1', name: 'socket 1' });
    const send = (body: unknown) => api.call('POST', `ws/${client.clientId}/send`, body);
    expect((await send({ kind: 'text', data: 'hi' })).status).toBe(204);
    expect((await send({ kind: 'json', data: '{"n":1}' })).status).toBe(204);
    expect((await send({ kind: 'binary', base64: 'AAEC' })).status).toBe(204);
    expect((await send({ kind: 'json', data: '{not json' })).status).toBe(400);
    await expect.poll(() => messagesOf(listener.events, client.clientId).length).toBe(7);
    expect(messagesOf(listener.events, client.clientId)).toEqual(expect.arrayContaining([
      { direction: 'received', kind: 'text', data: 'welcome' },
      { direction: 'sent', kind: 'text', data: 'hi' },
      { direction: 'received', kind: 'text', data: 'hi' },
      { direction: 'received', kind: 'text', data: '{"n":1}' },
      { direction: 'sent', kind: 'binary', data: 'AAEC' },
      { direction: 'received', kind: 'binary', data: 'AAEC' },
    ]));

    await send({ kind: 'text', data: 'bye' });
    await expect.poll(() => closeOf(listener.events, client.clientId)).toMatchObject({ close: { code: 4000, reason: 'see you', by: 'server' } });
    expect((await send({ kind: 'text', data: 'late' })).status).toBe(409);
    const { clients } = await api.json<WsClientsResponse>('GET', 'ws', undefined);
    expect(clients[0]).toMatchObject({ status: 'closed', close: { code: 4000 } });
    expect(clients[0]!.messages.length).toBe(8);
    listener.close();
  });

  it('closes on request with a code and reason, and closes every socket when the server stops', async () => {
    const backend = await startBackend(tempDir());
    await useWorkbenchServer(backend);
    const api = lessonApi(backend);
    const listener = await listenToEvents(backend);

    const first = await api.json<WsClientState>('POST', 'ws', { path: '/chat', name: 'mine' }, 201);
    expect(first).toMatchObject({ name: 'mine', protocol: '' });
    expect((await api.call('POST', `ws/${first.clientId}/close`, { code: 4001, reason: 'done' })).status).toBe(204);
    await expect.poll(() => closeOf(listener.events, first.clientId)).toMatchObject({ close: { code: 4001, reason: 'done', by: 'client' } });
    expect((await api.call('POST', `ws/${first.clientId}/close`, { code: 1006 })).status).toBe(400);

    const second = await api.json<WsClientState>('POST', 'ws', { path: '/chat' }, 201);
    expect((await api.call('POST', 'server/stop')).status).toBe(204);
    await expect.poll(() => closeOf(listener.events, second.clientId)).toMatchObject({ close: { by: 'backend' } });

    const refused = await api.call('POST', 'ws', { path: '/nope' });
    expect(refused.status).toBe(502);
    expect(((await refused.json()) as { error: string }).error).toMatch(/answered 400|answered 404/);
    listener.close();
  });
});
