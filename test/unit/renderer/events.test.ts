import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ServerEvent } from '../../../src-main/contract/events.js';
import { CLOSE_UNAUTHORIZED } from '../../../src-main/contract/events.js';
import { EventStream, parseServerEvent, reconnectDelay, type ConnectionState } from '../../../src-renderer/api/events.js';

/** Just enough of a WebSocket for EventStream. */
class FakeSocket extends EventTarget {
  sent: string[] = [];
  closed = false;
  constructor(readonly url: string) {
    super();
  }
  send(data: string) {
    this.sent.push(data);
  }
  close() {
    this.closed = true;
  }
  open() {
    this.dispatchEvent(new Event('open'));
  }
  receive(data: unknown) {
    this.dispatchEvent(new MessageEvent('message', { data: typeof data === 'string' ? data : JSON.stringify(data) }));
  }
  drop(code = 1006) {
    // Node 20 has no CloseEvent: a plain event with a code is what EventStream reads.
    this.dispatchEvent(Object.assign(new Event('close'), { code }));
  }
}

describe('parseServerEvent', () => {
  it('accepts known events', () => {
    expect(parseServerEvent('{"type":"ready"}')).toEqual({ type: 'ready' });
  });
  it('ignores junk, unknown types and non-strings', () => {
    expect(parseServerEvent('not json')).toBeUndefined();
    expect(parseServerEvent('{"type":"surprise"}')).toBeUndefined();
    expect(parseServerEvent('[1,2]')).toBeUndefined();
    expect(parseServerEvent(new ArrayBuffer(2))).toBeUndefined();
  });
});

describe('reconnectDelay', () => {
  it('grows and is capped', () => {
    expect([0, 1, 2, 3].map((n) => reconnectDelay(n))).toEqual([500, 1000, 2000, 4000]);
    expect(reconnectDelay(20)).toBe(10_000);
    expect(reconnectDelay(20, true)).toBe(30_000);
  });
});

describe('EventStream', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  function setup() {
    const sockets: FakeSocket[] = [];
    const stream = new EventStream('ws://h/api/events', 'secret', (url) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket as unknown as WebSocket;
    });
    const events: ServerEvent[] = [];
    const states: ConnectionState[] = [];
    stream.subscribe((e) => events.push(e));
    stream.onStateChange((s) => states.push(s));
    return { stream, sockets, events, states };
  }

  it('says hello with the token and is open once the backend answers ready', () => {
    const { stream, sockets, events, states } = setup();
    stream.start();
    sockets[0]!.open();
    expect(JSON.parse(sockets[0]!.sent[0]!)).toEqual({ type: 'hello', token: 'secret' });
    expect(stream.connectionState).toBe('connecting');
    sockets[0]!.receive({ type: 'ready' });
    sockets[0]!.receive({ type: 'server.output', lessonId: 'a/b', stream: 'stdout', text: 'hi', at: 1 });
    expect(states).toEqual(['connecting', 'open']);
    expect(events.map((e) => e.type)).toEqual(['ready', 'server.output']);
  });

  it('reconnects with backoff after a drop and resets the backoff once ready', () => {
    const { stream, sockets } = setup();
    stream.start();
    sockets[0]!.drop();
    expect(stream.connectionState).toBe('reconnecting');
    vi.advanceTimersByTime(499);
    expect(sockets).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(2);
    sockets[1]!.drop();
    vi.advanceTimersByTime(999);
    expect(sockets).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(3);
    sockets[2]!.open();
    sockets[2]!.receive({ type: 'ready' });
    sockets[2]!.drop();
    vi.advanceTimersByTime(500);
    expect(sockets).toHaveLength(4);
  });

  it('reports a refused token', () => {
    const { stream, sockets } = setup();
    stream.start();
    sockets[0]!.drop(CLOSE_UNAUTHORIZED);
    expect(stream.connectionState).toBe('unauthorized');
  });

  it('stops for good when stopped', () => {
    const { stream, sockets } = setup();
    stream.start();
    stream.stop();
    expect(sockets[0]!.closed).toBe(true);
    sockets[0]!.drop();
    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(1);
    expect(stream.connectionState).toBe('stopped');
  });
});
