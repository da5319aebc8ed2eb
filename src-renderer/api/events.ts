/**
 * The live event socket, `/api/events`: says hello with the token, hands every `ServerEvent` to
 * its listeners and reconnects with a growing delay when the connection drops.
 */
import type { ClientMessage, ServerEvent } from '../../src-main/contract/events.js';

export type ConnectionState = 'connecting' | 'open' | 'reconnecting' | 'unauthorized' | 'stopped';

/** The backend closes with this code when the token is missing or wrong. */
import { CLOSE_UNAUTHORIZED } from '../../src-main/contract/events.js';

/** 0.5 s, 1 s, 2 s, … capped at 10 s (30 s after a refused token). */
export function reconnectDelay(attempt: number, unauthorized = false): number {
  const cap = unauthorized ? 30_000 : 10_000;
  return Math.min(cap, 500 * 2 ** Math.max(0, attempt));
}

/** Every event type, as a record so that a type added to the contract and not here fails the type check. */
const EVENT_TYPES = new Set(
  Object.keys({
    ready: true,
    'server.status': true,
    'server.output': true,
    'check.started': true,
    'check.result': true,
    'check.finished': true,
    'timeline.entry': true,
    'database.changed': true,
    'ws.opened': true,
    'ws.message': true,
    'ws.closed': true,
    'ws.error': true,
  } satisfies Record<ServerEvent['type'], true>),
);

/** Parses one socket message; anything that is not a known event is ignored. */
export function parseServerEvent(data: unknown): ServerEvent | undefined {
  if (typeof data !== 'string') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' && EVENT_TYPES.has(type) ? (value as ServerEvent) : undefined;
}

type SocketFactory = (url: string) => WebSocket;

export class EventStream {
  private socket: WebSocket | undefined;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private state: ConnectionState = 'stopped';
  private running = false;
  private readonly listeners = new Set<(event: ServerEvent) => void>();
  private readonly stateListeners = new Set<(state: ConnectionState) => void>();

  constructor(
    private readonly url: string,
    private readonly token: string,
    private readonly createSocket: SocketFactory = (url) => new WebSocket(url),
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.attempt = 0;
    this.connect();
  }

  stop(): void {
    this.running = false;
    clearTimeout(this.timer);
    this.timer = undefined;
    const socket = this.socket;
    this.socket = undefined;
    socket?.close();
    this.setState('stopped');
  }

  get connectionState(): ConnectionState {
    return this.state;
  }

  subscribe(listener: (event: ServerEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onStateChange(listener: (state: ConnectionState) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  private connect(): void {
    if (!this.running) return;
    if (this.attempt === 0) this.setState('connecting');
    let socket: WebSocket;
    try {
      socket = this.createSocket(this.url);
    } catch {
      this.scheduleReconnect(false);
      return;
    }
    this.socket = socket;
    socket.addEventListener('open', () => {
      const hello: ClientMessage = { type: 'hello', token: this.token };
      socket.send(JSON.stringify(hello));
    });
    socket.addEventListener('message', (message) => {
      const event = parseServerEvent(message.data);
      if (!event) return;
      if (event.type === 'ready') {
        this.attempt = 0;
        this.setState('open');
      }
      for (const listener of this.listeners) listener(event);
    });
    socket.addEventListener('close', (close) => {
      if (this.socket !== socket) return;
      this.socket = undefined;
      this.scheduleReconnect(close.code === CLOSE_UNAUTHORIZED);
    });
  }

  private scheduleReconnect(unauthorized: boolean): void {
    if (!this.running) return;
    this.setState(unauthorized ? 'unauthorized' : 'reconnecting');
    const delay = reconnectDelay(this.attempt, unauthorized);
    this.attempt += 1;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.connect();
    }, delay);
  }

  private setState(state: ConnectionState): void {
    if (this.state === state) return;
    this.state = state;
    for (const listener of this.stateListeners) listener(state);
  }
}
