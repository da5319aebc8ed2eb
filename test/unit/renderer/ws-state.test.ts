import { describe, expect, it } from 'vitest';
import type { WsClientState, WsMessage } from '../../../src-main/contract/workbench.js';
import { describeClose, filterMessages, hexToBase64, KEPT_MESSAGES, logTime, toView, upsertClient, wsClientsAfter } from '../../../src-renderer/features/requests/ws-state.js';

const lessonId = 'crud/a';
const client = (clientId: string, messages: WsMessage[] = []): WsClientState => ({
  clientId,
  lessonId,
  name: clientId,
  url: 'ws://127.0.0.1:1/chat',
  protocol: '',
  status: 'open',
  openedAt: 0,
  messages,
});
const message = (data: string, direction: WsMessage['direction'] = 'received'): WsMessage => ({ direction, at: 0, kind: 'text', data, truncated: false, size: data.length });

describe('WebSocket clients', () => {
  it('follows opens, messages, errors and closes of its own lesson only', () => {
    let clients = wsClientsAfter([], { type: 'ws.opened', lessonId, client: client('a') }, lessonId);
    clients = wsClientsAfter(clients, { type: 'ws.opened', lessonId: 'crud/b', client: client('b') }, lessonId);
    clients = wsClientsAfter(clients, { type: 'ws.message', lessonId, clientId: 'a', message: message('hi') }, lessonId);
    clients = wsClientsAfter(clients, { type: 'ws.message', lessonId, clientId: 'unknown', message: message('lost') }, lessonId);
    clients = wsClientsAfter(clients, { type: 'ws.error', lessonId, clientId: 'a', message: 'boom' }, lessonId);
    expect(clients).toHaveLength(1);
    expect(clients[0]).toMatchObject({ status: 'open', messages: [message('hi')], errors: ['boom'] });
    const close = { code: 4000, reason: 'bye', by: 'server' as const, at: 1 };
    clients = wsClientsAfter(clients, { type: 'ws.closed', lessonId, clientId: 'a', close }, lessonId);
    expect(clients[0]).toMatchObject({ status: 'closed', close });
  });

  it('keeps the client it already knows when the open answer and the event race', () => {
    const known = [{ ...toView(client('a')), messages: [message('early')] }];
    expect(upsertClient(known, client('a'))).toBe(known);
    expect(upsertClient(known, client('b')).map((c) => c.clientId)).toEqual(['a', 'b']);
  });

  it('keeps a bounded log', () => {
    let clients = [toView(client('a'))];
    for (let i = 0; i < KEPT_MESSAGES + 5; i++) clients = wsClientsAfter(clients, { type: 'ws.message', lessonId, clientId: 'a', message: message(String(i)) }, lessonId);
    expect(clients[0]!.messages).toHaveLength(KEPT_MESSAGES);
    expect(clients[0]!.messages[0]!.data).toBe('5');
  });

  it('filters the log by text (any case) and direction', () => {
    const log = [message('Hello', 'sent'), message('hello back'), message('other')];
    expect(filterMessages(log, { text: 'HELLO', direction: 'all' })).toHaveLength(2);
    expect(filterMessages(log, { text: 'hello', direction: 'received' })).toEqual([message('hello back')]);
    expect(filterMessages(log, { text: ' ', direction: 'sent' })).toEqual([message('Hello', 'sent')]);
  });

  it('reads binary input as hex bytes', () => {
    expect(hexToBase64('de ad be ef')).toBe(Buffer.from([0xde, 0xad, 0xbe, 0xef]).toString('base64'));
    expect(hexToBase64('00:ff')).toBe(Buffer.from([0, 255]).toString('base64'));
    expect(hexToBase64('abc')).toBeUndefined();
    expect(hexToBase64('zz')).toBeUndefined();
    expect(hexToBase64('')).toBeUndefined();
  });

  it('says who closed a socket, with its code and reason', () => {
    expect(describeClose({ code: 1000, reason: '', by: 'client', at: 0 })).toBe('You closed it: code 1000, no reason given');
    expect(describeClose({ code: 4001, reason: 'kicked', by: 'server', at: 0 })).toBe('Your server closed it: code 4001, “kicked”');
    expect(logTime(new Date(2026, 0, 1, 9, 5, 7, 42).getTime())).toBe('09:05:07.042');
  });
});
