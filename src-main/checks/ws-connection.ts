/**
 * One WebSocket client of a check: a real `ws` connection to the learner's server, every frame
 * recorded on its exchange (with a replay script), and the waits checks make on it. Received
 * messages are read in order through a cursor, so "A, then B" is two expectMessage calls.
 */
import type { IncomingMessage } from 'node:http';
import WebSocket from 'ws';
import type { WsExchange, WsFrame } from '../contract/api.js';
import { CheckFailure } from './check-failure.js';
import { CheckEnded, type CheckScope } from './check-scope.js';
import { formatValue, seconds } from './message-format.js';
import { flattenHeaders, MAX_BODY_BYTES } from './send-request.js';
import type { WsMessage } from './tester-api.js';
import { toBuffer } from './ws-data.js';
import { toWsScript, type ScriptedSend } from './ws-script.js';

export interface WsTarget {
  url: URL;
  /** As the check wrote it, for messages: "/chat". */
  path: string;
  headers: Record<string, string>;
  protocols: string[];
  name: string;
  timeoutMs: number;
}

/** What every client of one check shares: its time, one frame counter, one log of received messages. */
export interface WsShared {
  scope: CheckScope;
  nextSeq(): number;
  log: WsMessage[];
}

export type Handshake =
  | { kind: 'open' }
  | { kind: 'refused'; status: number; headers: Record<string, string>; text: string }
  | { kind: 'failed'; error: Error & { code?: string } };

/** Enough frames to read what went wrong; a flood is cut. */
const MAX_RECORDED_FRAMES = 200;
const MAX_RECORDED_FRAME_CHARS = 4096;
/** How long a closing handshake may take before the socket is simply destroyed. */
const CLOSE_GRACE_MS = 250;
/** How long to read the body of a refused upgrade. */
const REFUSAL_BODY_MS = 1000;


function cut(text: string): string {
  return text.length > MAX_RECORDED_FRAME_CHARS ? `${text.slice(0, MAX_RECORDED_FRAME_CHARS)}… (cut: ${text.length} characters in all)` : text;
}

function readBody(response: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (): void => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks).toString('utf8'));
    };
    const timer = setTimeout(done, REFUSAL_BODY_MS);
    response.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    response.once('end', done).once('error', done).once('close', done);
  });
}

export class WsConnection {
  readonly exchange: WsExchange;
  readonly handshake: Promise<Handshake>;
  private readonly socket: WebSocket;
  private readonly received: WsMessage[] = [];
  /** Messages before it have been returned by an expectation (or passed over on the way). */
  private cursor = 0;
  private closed: { code: number; reason: string } | undefined;
  private closingByCheck = false;
  private readonly watchers = new Set<() => void>();
  private recording = true;
  private openedAtMs: number | undefined;
  private readonly sends: ScriptedSend[] = [];
  private checkClose: { afterMs: number; code: number; reason: string } | undefined;

  constructor(
    private readonly target: WsTarget,
    private readonly shared: WsShared,
  ) {
    this.exchange = { kind: 'ws', client: target.name, url: target.url.href, headers: target.headers, protocols: target.protocols, frames: [], script: '' };
    this.refreshScript();
    const started = performance.now();
    this.socket = new WebSocket(target.url, target.protocols, {
      headers: target.headers,
      handshakeTimeout: target.timeoutMs,
      maxPayload: MAX_BODY_BYTES,
      followRedirects: false,
    });
    this.handshake = new Promise<Handshake>((resolve) => {
      this.socket.once('upgrade', (response) => {
        this.exchange.handshake = { status: response.statusCode ?? 101, headers: flattenHeaders(response.headers), durationMs: Math.round(performance.now() - started) };
      });
      this.socket.once('open', () => {
        this.openedAtMs = shared.scope.elapsedMs();
        if (this.exchange.handshake) this.exchange.handshake.protocol = this.socket.protocol;
        resolve({ kind: 'open' });
      });
      // With a listener here, ws leaves the refused request to us: read its answer, then drop it.
      this.socket.once('unexpected-response', (_request, response) => {
        void readBody(response).then((text) => {
          const status = response.statusCode ?? 0;
          const headers = flattenHeaders(response.headers);
          this.exchange.handshake = { status, headers, body: cut(text), durationMs: Math.round(performance.now() - started) };
          resolve({ kind: 'refused', status, headers, text });
          this.socket.terminate();
        });
      });
      // Every socket needs an error listener; after the handshake the close event tells the story.
      this.socket.on('error', (error) => resolve({ kind: 'failed', error }));
    });
    this.socket.on('message', (data, isBinary) => this.onMessage(toBuffer(data), isBinary));
    this.socket.on('close', (code, reason) => this.onClose(code, reason.toString('utf8')));
  }

  get name(): string {
    return this.target.name;
  }

  get protocol(): string {
    return this.socket.protocol;
  }

  messages(): WsMessage[] {
    return [...this.received];
  }

  send(data: string | Uint8Array, binary: boolean): void {
    if (this.socket.readyState !== WebSocket.OPEN) {
      const state = this.closed ? `its connection is closed (code ${this.closed.code})` : 'its connection is not open';
      this.fail('an open connection to send on', `Could not send on ${this.name}: ${state}.`);
    }
    const text = binary ? Buffer.from(data).toString('base64') : String(data);
    this.record('sent', binary, text);
    if (this.recording) this.sends.push({ afterMs: this.sinceOpen(), binary, data: text });
    this.refreshScript();
    this.socket.send(data, { binary });
  }

  async expectMessage<T>(pick: (message: WsMessage) => T | undefined, what: string, timeoutMs: number): Promise<T> {
    const found = await this.watch(`${what} on ${this.name}`, timeoutMs, () => {
      for (let index = this.cursor; index < this.received.length; index++) {
        const picked = pick(this.received[index]!);
        if (picked !== undefined) {
          this.cursor = index + 1;
          return picked;
        }
      }
      if (this.closed) this.fail(what, `${this.closedSentence()} before ${what} arrived.${this.unreadSummary()}`);
      return undefined;
    });
    if (found !== undefined) return found;
    return this.fail(`${what} within ${seconds(timeoutMs)}`, `${this.name} did not receive ${what} within ${seconds(timeoutMs)}.${this.unreadSummary()}`);
  }

  async expectNoMessage(matches: (message: WsMessage) => boolean, what: string, withinMs: number): Promise<void> {
    this.shared.scope.ensureFits(withinMs, `expectNoMessage({ withinMs: ${withinMs} })`);
    const unwanted = await this.watch(`${withinMs} ms of quiet on ${this.name}`, withinMs, () => this.received.slice(this.cursor).find(matches));
    if (unwanted) this.fail(`${what} not to arrive within ${seconds(withinMs)}`, `${this.name} received ${what}, which it should not have: ${formatValue(unwanted.text)}.`);
  }

  async expectClose(code: number | undefined, timeoutMs: number): Promise<{ code: number; reason: string }> {
    const wanted = code === undefined ? 'the server to close the connection' : `the server to close the connection with code ${code}`;
    const closed = await this.watch(`${wanted} (${this.name})`, timeoutMs, () => this.closed);
    if (!closed) return this.fail(`${wanted} within ${seconds(timeoutMs)}`, `Your server did not close ${this.name}'s connection within ${seconds(timeoutMs)}.`);
    if (code !== undefined && closed.code !== code) {
      const reason = closed.reason === '' ? '' : ` ("${closed.reason}")`;
      return this.fail(wanted, `Your server closed ${this.name}'s connection with code ${closed.code}${reason}, expected code ${code}.`);
    }
    return closed;
  }

  /** Closes from the check's side and waits (briefly) for the server to agree. */
  async close(code: number, reason: string): Promise<void> {
    if (this.socket.readyState === WebSocket.OPEN && this.recording) {
      this.checkClose = { afterMs: this.sinceOpen(), code, reason };
      this.refreshScript();
    }
    await this.shutDown(() => {
      this.closingByCheck = true;
      this.socket.close(code, reason);
    });
  }

  /** At the end of the check: stop recording, then close without waiting on anyone. */
  async dispose(): Promise<void> {
    this.recording = false;
    await this.shutDown(() => this.socket.close(1000));
  }

  private async shutDown(start: () => void): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return;
    const closed = new Promise<void>((resolve) => this.socket.once('close', () => resolve()));
    if (this.socket.readyState === WebSocket.OPEN) start();
    else this.socket.terminate();
    const grace = setTimeout(() => this.socket.terminate(), CLOSE_GRACE_MS);
    await closed;
    clearTimeout(grace);
  }

  private onMessage(data: Buffer, binary: boolean): void {
    if (!this.recording) return;
    const text = data.toString('utf8');
    const seq = this.record('received', binary, binary ? data.toString('base64') : text);
    const name = this.name;
    const message: WsMessage = {
      client: name,
      seq,
      atMs: Math.round(this.shared.scope.elapsedMs()),
      binary,
      text,
      data: new Uint8Array(data),
      json() {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          throw new CheckFailure(`${name} received a message that is not JSON: ${formatValue(text)}.`);
        }
      },
    };
    this.received.push(message);
    this.shared.log.push(message);
    this.notify();
  }

  private onClose(code: number, reason: string): void {
    this.closed = { code, reason };
    if (this.recording && this.openedAtMs !== undefined) this.exchange.close = { code, reason, by: this.closingByCheck ? 'check' : 'server' };
    this.notify();
  }

  private record(direction: WsFrame['direction'], binary: boolean, data: string): number {
    const seq = this.shared.nextSeq();
    if (this.recording && this.exchange.frames.length < MAX_RECORDED_FRAMES) {
      this.exchange.frames.push({ direction, seq, atMs: Math.round(this.shared.scope.elapsedMs()), binary, data: cut(data) });
    }
    return seq;
  }

  private notify(): void {
    for (const watcher of [...this.watchers]) watcher();
  }

  /**
   * Resolves with what `find` returns once it returns something, or undefined after `timeoutMs`;
   * `find` runs now and after every message or close, and may throw to fail the check.
   */
  private watch<T>(describe: string, timeoutMs: number, find: () => T | undefined): Promise<T | undefined> {
    const { scope } = this.shared;
    const work = new Promise<T | undefined>((resolve, reject) => {
      const finish = (settle: () => void): void => {
        clearTimeout(timer);
        this.watchers.delete(watcher);
        scope.signal.removeEventListener('abort', onAbort);
        settle();
      };
      const watcher = (): void => {
        try {
          const found = find();
          if (found !== undefined) finish(() => resolve(found));
        } catch (error) {
          finish(() => reject(error));
        }
      };
      const onAbort = (): void => finish(() => reject(new CheckEnded()));
      const timer = setTimeout(() => finish(() => resolve(undefined)), timeoutMs);
      if (scope.signal.aborted) return onAbort();
      scope.signal.addEventListener('abort', onAbort, { once: true });
      this.watchers.add(watcher);
      watcher();
    });
    return scope.waitFor({ describe: () => describe, exchange: this.exchange, expected: describe }, work);
  }

  private fail(expected: string, message: string): never {
    this.exchange.expected = expected;
    throw new CheckFailure(message);
  }

  private closedSentence(): string {
    const { code, reason } = this.closed!;
    const why = reason === '' ? '' : ` ("${reason}")`;
    return `${this.name}'s connection was closed with code ${code}${why}`;
  }

  /** What arrived that the expectation passed over: usually the clue. */
  private unreadSummary(): string {
    const unread = this.received.slice(this.cursor);
    if (unread.length === 0) return ` Nothing else arrived on it${this.cursor > 0 ? ' after the message before' : ''}.`;
    const shown = unread.slice(-3).map((message) => formatValue(message.text)).join(', ');
    return ` It received ${unread.length} other message${unread.length === 1 ? '' : 's'}${unread.length > 3 ? ', the last ones' : ''}: ${shown}.`;
  }

  private sinceOpen(): number {
    return this.shared.scope.elapsedMs() - (this.openedAtMs ?? 0);
  }

  private refreshScript(): void {
    const { name, url, headers, protocols } = this.target;
    this.exchange.script = toWsScript({ client: name, url: url.href, headers, protocols, sends: this.sends, ...(this.checkClose ? { close: this.checkClose } : {}) });
  }
}
