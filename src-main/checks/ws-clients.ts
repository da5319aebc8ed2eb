/**
 * `t.ws`: the WebSocket clients of one check. Each connection is recorded as an exchange the
 * moment it starts, and all of them are closed when the check ends, however it ends.
 */
import { STATUS_CODES } from 'node:http';
import type { z } from 'zod';
import { CheckFailure } from './check-failure.js';
import { CheckEnded } from './check-scope.js';
import { cookieJarOf, type ClientContext } from './http-client.js';
import { seconds } from './message-format.js';
import type { WsClient, WsClients, WsConnectOptions, WsMessage, WsWaitOptions } from './tester-api.js';
import { WsConnection, type Handshake } from './ws-connection.js';

const DEFAULT_WAIT_MS = 2000;
const DEFAULT_QUIET_MS = 300;

export interface CheckWsClients extends WsClients {
  /** Closes every client of the check; called once it has ended. */
  closeAll(): Promise<void>;
}

function describeStatus(status: number): string {
  return `${status} ${STATUS_CODES[status] ?? ''}`.trim();
}

/** Why the upgrade did not open, in the learner's words. */
function handshakeFailure(handshake: Exclude<Handshake, { kind: 'open' }>, path: string, port: string, timeoutMs: number): string {
  if (handshake.kind === 'refused') {
    const hint = /Cannot GET \//.test(handshake.text)
      ? ' That is Express\'s own "not found" answer: nothing handles WebSocket upgrades on this path. Is a WebSocketServer attached to your HTTP server, e.g. new WebSocketServer({ server, path: \'/chat\' })?'
      : '';
    return `Your server refused the WebSocket upgrade for ${path}: it answered ${describeStatus(handshake.status)} instead of 101 Switching Protocols.${hint}`;
  }
  const { error } = handshake;
  if (error.code === 'ECONNREFUSED') return `Could not open a WebSocket to ${path}: nothing is listening on port ${port}. Did your server stop or crash? Its output may say why.`;
  if (/handshake has timed out/i.test(error.message)) {
    return `Your server did not answer the WebSocket upgrade for ${path} within ${seconds(timeoutMs)}. Does a WebSocketServer handle this path?`;
  }
  if (error.code === 'ECONNRESET' || /socket hang up/i.test(error.message)) return `Your server closed the connection instead of answering the WebSocket upgrade for ${path}.`;
  return `Could not open a WebSocket to ${path}: ${error.message}`;
}

function parsedJson(message: WsMessage): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(message.text) as unknown };
  } catch {
    return undefined;
  }
}

/** A predicate that calls `message.json()` on text that is not JSON simply does not match. */
function safely(predicate: (message: WsMessage) => boolean): (message: WsMessage) => boolean {
  return (message) => {
    try {
      return predicate(message);
    } catch (error) {
      if (error instanceof CheckFailure) return false;
      throw error;
    }
  };
}

function asClient(connection: WsConnection): WsClient {
  return {
    name: connection.name,
    get protocol() {
      return connection.protocol;
    },
    send: (text) => connection.send(text, false),
    sendJson: (value) => connection.send(JSON.stringify(value), false),
    sendBinary: (data) => connection.send(data, true),
    expectMessage(predicate, options: WsWaitOptions = {}) {
      const matches = predicate ? safely(predicate) : () => true;
      const what = options.description ?? (predicate ? 'a message like the one expected' : 'a message');
      return connection.expectMessage((message) => (matches(message) ? message : undefined), what, options.timeoutMs ?? DEFAULT_WAIT_MS);
    },
    expectJson<S extends z.ZodType>(schema: S, options: WsWaitOptions & { where?: (value: z.output<S>) => boolean } = {}) {
      const where = options.where;
      const pick = (message: WsMessage): { value: z.output<S> } | undefined => {
        const parsed = parsedJson(message);
        const result = parsed && schema.safeParse(parsed.value);
        if (!result?.success) return undefined;
        return where && !where(result.data) ? undefined : { value: result.data };
      };
      const what = options.description ?? 'a JSON message of the expected shape';
      return connection.expectMessage(pick, what, options.timeoutMs ?? DEFAULT_WAIT_MS).then((found) => found.value);
    },
    expectNoMessage(options = {}) {
      const matches = options.predicate ? safely(options.predicate) : () => true;
      return connection.expectNoMessage(matches, options.description ?? 'a message', options.withinMs ?? DEFAULT_QUIET_MS);
    },
    expectClose: (options = {}) => connection.expectClose(options.code, options.timeoutMs ?? DEFAULT_WAIT_MS),
    close: (code = 1000, reason = '') => connection.close(code, reason),
    messages: () => connection.messages(),
  };
}

export function createWsClients(context: ClientContext): CheckWsClients {
  const { session, exchanges, scope } = context;
  const connections: WsConnection[] = [];
  const log: WsMessage[] = [];
  let seq = 0;
  const shared = { scope, nextSeq: () => ++seq, log };

  async function start(path: string, options: WsConnectOptions): Promise<{ connection: WsConnection; handshake: Handshake }> {
    if (!path.startsWith('/')) throw new Error(`A WebSocket path must start with "/", got "${path}".`);
    // A check still running after its end (it caught the cancellation) must not open what nobody will close.
    if (scope.signal.aborted) throw new CheckEnded();
    // Appended to the origin, never resolved against it, as for HTTP requests.
    const url = new URL(`ws://${session.baseUrl.host}${path}`);
    const headers = { ...options.headers };
    const cookie = options.cookiesFrom && cookieJarOf(options.cookiesFrom).header(url.pathname);
    if (cookie) headers.cookie = cookie;
    const name = options.name ?? `client ${connections.length + 1}`;
    const timeoutMs = options.timeoutMs ?? session.requestTimeoutMs;
    const connection = new WsConnection({ url, path, headers, protocols: options.protocols ?? [], name, timeoutMs }, shared);
    connections.push(connection);
    exchanges.push(connection.exchange);
    const wait = { describe: () => `your server to answer the WebSocket upgrade for ${path}`, exchange: connection.exchange, expected: 'the upgrade answered before the check ran out of time' };
    return { connection, handshake: await scope.waitFor(wait, connection.handshake) };
  }

  return {
    async connect(path, options = {}) {
      const { connection, handshake } = await start(path, options);
      if (handshake.kind === 'open') return asClient(connection);
      connection.exchange.expected = 'the upgrade accepted (101 Switching Protocols)';
      throw new CheckFailure(handshakeFailure(handshake, path, session.baseUrl.port, options.timeoutMs ?? session.requestTimeoutMs));
    },
    async expectRefused(path, options = {}) {
      const { connection, handshake } = await start(path, options);
      if (handshake.kind === 'refused') return { status: handshake.status, headers: handshake.headers, text: handshake.text };
      connection.exchange.expected = 'the upgrade refused with an HTTP error';
      if (handshake.kind === 'open') throw new CheckFailure(`Your server accepted the WebSocket upgrade for ${path}; it should have refused it.`);
      throw new CheckFailure(handshakeFailure(handshake, path, session.baseUrl.port, options.timeoutMs ?? session.requestTimeoutMs));
    },
    received: () => [...log],
    async closeAll() {
      await Promise.all(connections.map((connection) => connection.dispose()));
    },
  };
}
