/**
 * WebSocket clients the backend holds for the page: the page's CSP keeps it from opening sockets
 * to the learner's port, so it asks the backend to open one (to the learner's server only), to
 * send on it and to close it, and hears every message and the close as `ws.*` events. All of a
 * lesson's sockets close when its server stops, and all of them when the backend shuts down.
 */
import { randomUUID } from 'node:crypto';
import WebSocket, { type RawData } from 'ws';
import type { z } from 'zod';
import type { WorkbenchEvent, WsClientState, WsCloseInfo, WsMessage, WsOpenRequestSchema, WsSendRequest } from '../contract/workbench.js';
import type { Lesson } from '../lessons/lesson.js';
import { HttpError } from '../server/http/http-error.js';
import type { LearnerServers } from '../server/learner-servers.js';
import type { LessonQueue } from '../server/lesson-queue.js';
import { toBuffer } from '../checks/ws-data.js';

type OpenRequest = z.infer<typeof WsOpenRequestSchema>;

const HANDSHAKE_TIMEOUT_MS = 5000;
/** A message past this is refused by the socket (close 1009) rather than held in memory. */
const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;
/** Data of one message kept and sent to the page. */
const SHOWN_MESSAGE_BYTES = 64 * 1024;
const KEPT_MESSAGES = 500;
/** Closed clients stay listed (with their messages) until this many newer ones have closed. */
const KEPT_CLOSED_CLIENTS = 20;

interface Client {
  state: WsClientState;
  socket: WebSocket;
  /** The learner server's port when the socket opened. */
  port: number;
  /** Set when we asked for the close, so the close event says who ended it. */
  closedBy?: WsCloseInfo['by'];
}

export class WsClients {
  private readonly clients = new Map<string, Client>();
  private opened = 0;

  constructor(
    private readonly learnerServers: LearnerServers,
    private readonly queue: LessonQueue,
    private readonly publish: (event: WorkbenchEvent) => void,
  ) {}

  async open(lesson: Lesson, request: OpenRequest): Promise<WsClientState> {
    const ensured = await this.queue.run(lesson.id, () => this.learnerServers.ensureCurrent(lesson));
    if (!ensured.ok) throw new HttpError(409, `Your server is not running: ${ensured.failure.message}`);
    const url = `ws://127.0.0.1:${ensured.server.port}${request.path}`;
    const socket = new WebSocket(url, request.protocols, {
      headers: Object.fromEntries(request.headers.map(({ name, value }) => [name, value])),
      handshakeTimeout: HANDSHAKE_TIMEOUT_MS,
      maxPayload: MAX_MESSAGE_BYTES,
      perMessageDeflate: false,
      followRedirects: false,
    });
    // Errors after a failed handshake (the aborted upgrade) must not go unheard: that would crash the backend.
    socket.on('error', () => undefined);
    // A server that greets on connect sends its first frame with the handshake: it can arrive
    // before the code after `await connected` runs, so hold such frames until the client exists.
    const early: [RawData, boolean][] = [];
    const holdEarly = (data: RawData, isBinary: boolean) => early.push([data, isBinary]);
    socket.on('message', holdEarly);
    await connected(socket, request.path);
    const state: WsClientState = {
      clientId: randomUUID(),
      lessonId: lesson.id,
      name: request.name ?? `socket ${++this.opened}`,
      url,
      protocol: socket.protocol,
      status: 'open',
      openedAt: Date.now(),
      messages: [],
    };
    const client: Client = { state, socket, port: ensured.server.port };
    this.clients.set(state.clientId, client);
    socket.off('message', holdEarly);
    socket.on('message', (data, isBinary) => this.record(client, 'received', toBuffer(data), isBinary));
    socket.on('close', (code, reason) => this.dropped(client, code, reason.toString('utf8')));
    socket.on('error', (error) => this.publish({ type: 'ws.error', lessonId: lesson.id, clientId: state.clientId, message: error.message }));
    this.publish({ type: 'ws.opened', lessonId: lesson.id, client: { ...state, messages: [] } });
    for (const [data, isBinary] of early) this.record(client, 'received', toBuffer(data), isBinary);
    return state;
  }

  send(lessonId: string, clientId: string, request: WsSendRequest): void {
    const client = this.requireOpen(lessonId, clientId);
    if (request.kind === 'json') {
      try {
        JSON.parse(request.data);
      } catch (error) {
        throw new HttpError(400, `That is not valid JSON: ${(error as Error).message}`);
      }
    }
    const binary = request.kind === 'binary';
    const data = binary ? Buffer.from(request.base64, 'base64') : Buffer.from(request.data);
    client.socket.send(data, { binary });
    this.record(client, 'sent', data, binary);
  }

  close(lessonId: string, clientId: string, code: number, reason: string): void {
    const client = this.requireOpen(lessonId, clientId);
    client.closedBy = 'client';
    client.socket.close(code, reason);
  }

  list(lessonId: string): WsClientState[] {
    return [...this.clients.values()].filter((client) => client.state.lessonId === lessonId).map((client) => client.state);
  }

  /** The lesson's server stopped (or is being replaced): its sockets are over. */
  closeLesson(lessonId: string, reason: string): void {
    for (const client of this.clients.values()) {
      if (client.state.lessonId === lessonId && client.state.status === 'open') this.endByBackend(client, reason);
    }
  }

  closeAll(): void {
    for (const client of this.clients.values()) if (client.state.status === 'open') this.endByBackend(client, 'Backend Sandbox is shutting down.');
  }

  private endByBackend(client: Client, reason: string): void {
    this.closed(client, 1001, reason, 'backend');
    client.socket.terminate();
  }

  private requireOpen(lessonId: string, clientId: string): Client {
    const client = this.clients.get(clientId);
    if (!client || client.state.lessonId !== lessonId) throw new HttpError(404, 'There is no such WebSocket client.');
    if (client.state.status !== 'open' || client.socket.readyState !== WebSocket.OPEN) {
      throw new HttpError(409, 'This WebSocket is closed; open a new one.');
    }
    return client;
  }

  private record(client: Client, direction: WsMessage['direction'], data: Buffer, binary: boolean): void {
    const shown = data.subarray(0, SHOWN_MESSAGE_BYTES);
    const message: WsMessage = {
      direction,
      at: Date.now(),
      kind: binary ? 'binary' : 'text',
      data: binary ? shown.toString('base64') : shown.toString('utf8'),
      truncated: data.length > SHOWN_MESSAGE_BYTES,
      size: data.length,
    };
    const messages = client.state.messages;
    messages.push(message);
    if (messages.length > KEPT_MESSAGES) messages.splice(0, messages.length - KEPT_MESSAGES);
    this.publish({ type: 'ws.message', lessonId: client.state.lessonId, clientId: client.state.clientId, message });
  }

  /**
   * The socket ended. A stop forgets the learner server before killing it, so a server that is
   * gone (or replaced) by now was stopped by us: the connection drop is ours, not the learner's.
   */
  private dropped(client: Client, code: number, reason: string): void {
    const stopped = this.learnerServers.get(client.state.lessonId)?.port !== client.port;
    if (client.closedBy === undefined && stopped) this.closed(client, code, reason || 'Your server was stopped.', 'backend');
    else this.closed(client, code, reason);
  }

  private closed(client: Client, code: number, reason: string, by: WsCloseInfo['by'] = client.closedBy ?? 'server'): void {
    if (client.state.status === 'closed') return;
    const close: WsCloseInfo = { code, reason, by, at: Date.now() };
    client.state.status = 'closed';
    client.state.close = close;
    this.publish({ type: 'ws.closed', lessonId: client.state.lessonId, clientId: client.state.clientId, close });
    this.forgetOldClosed();
  }

  private forgetOldClosed(): void {
    const closed = [...this.clients.values()].filter((client) => client.state.status === 'closed');
    for (const client of closed.slice(0, Math.max(0, closed.length - KEPT_CLOSED_CLIENTS))) this.clients.delete(client.state.clientId);
  }
}


/** Resolves once open; otherwise a 502 that says what the learner's server did instead. */
function connected(socket: WebSocket, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('unexpected-response', (req, res) => {
      req.destroy();
      reject(new HttpError(502, `Your server answered ${res.statusCode ?? '?'} to the WebSocket upgrade on ${path} instead of accepting it. Is a WebSocket server attached on that path?`));
    });
    socket.once('error', (error) => reject(new HttpError(502, `Could not open a WebSocket to ${path} on your server: ${error.message}`)));
  });
}
