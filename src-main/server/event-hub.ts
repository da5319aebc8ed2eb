/**
 * The one WebSocket, `/api/events`: the backend pushes learner-server output and check results
 * to every signed-in page. A browser cannot set headers on a WebSocket, so the page proves itself
 * with the token in its first message; until then it receives nothing.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { z } from 'zod';
import { CLOSE_UNAUTHORIZED, type ServerEvent } from '../contract/events.js';
import { isAllowedHost, isAllowedOrigin, isValidToken } from './access-policy.js';

const HelloSchema = z.object({ type: z.literal('hello'), token: z.string() });

/** A page that has not said hello by then is closed: no half-open sockets lingering. */
const HELLO_TIMEOUT_MS = 5_000;

export class EventHub {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  private readonly clients = new Set<WebSocket>();

  constructor(
    private readonly token: string,
    private readonly port: () => number,
  ) {}

  /** Handles an HTTP upgrade; refuses with a plain status when Host or Origin is foreign. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const port = this.port();
    const refusal = !isAllowedHost(req.headers.host, port)
      ? '403 Forbidden'
      : !isAllowedOrigin(req.headers.origin, port)
        ? '403 Forbidden'
        : new URL(req.url ?? '/', 'http://x').pathname !== '/api/events'
          ? '404 Not Found'
          : undefined;
    if (refusal) {
      socket.end(`HTTP/1.1 ${refusal}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.awaitHello(ws));
  }

  broadcast(event: ServerEvent): void {
    const payload = JSON.stringify(event);
    for (const client of this.clients) client.send(payload);
  }

  close(): void {
    for (const client of this.clients) client.terminate();
    this.clients.clear();
    this.wss.close();
  }

  private awaitHello(ws: WebSocket): void {
    const timer = setTimeout(() => ws.close(CLOSE_UNAUTHORIZED, 'Say hello with the token first.'), HELLO_TIMEOUT_MS);
    ws.once('message', (data) => {
      clearTimeout(timer);
      const hello = HelloSchema.safeParse(safeJson(data.toString()));
      if (!hello.success || !isValidToken(hello.data.token, this.token)) {
        ws.close(CLOSE_UNAUTHORIZED, 'The token is missing or wrong.');
        return;
      }
      this.clients.add(ws);
      ws.on('close', () => this.clients.delete(ws));
      ws.send(JSON.stringify({ type: 'ready' } satisfies ServerEvent));
    });
    ws.on('error', () => ws.terminate());
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
