/**
 * `t.http` and `t.newHttpClient()`: requests to the learner's server, each recorded as an
 * exchange (with a curl command to repeat it) before it is sent, so even a request that never got
 * an answer shows up. Each client keeps its own cookies, like one browser; bursts go through the
 * same path, so they carry the client's cookies too.
 */
import type { Agent } from 'node:http';
import type { BurstExchange, CheckExchange, HttpExchange, HttpRequestRecord } from '../contract/api.js';
import { describePace, minimumDurationMs, sendPaced, validateBurst } from './burst-pace.js';
import { summarizeBurst, toEntryRecord } from './burst-result.js';
import { CheckFailure } from './check-failure.js';
import { CheckEnded, type CheckScope } from './check-scope.js';
import { CookieJar } from './cookie-jar.js';
import { toBurstCurl, toCurl } from './curl.js';
import { createHttpResponse, type RawResponse } from './http-response.js';
import { encodeRequest } from './request-body.js';
import { describeSendError } from './send-error-message.js';
import { send, SendError } from './send-request.js';
import type { BurstResponse, BurstSpec, HttpClient, HttpResponse, RequestOptions, RequestSpec } from './tester-api.js';

/** Shared by every check of a run. */
export interface HttpSession {
  baseUrl: URL;
  agent: Agent;
  requestTimeoutMs: number;
  /** Set when a request got no answer in time; the runner then asks whether the server is hung. */
  sawTimeout?: boolean;
}

/** What a client of one check needs: the run's session, the check's record and its time. */
export interface ClientContext {
  session: HttpSession;
  exchanges: CheckExchange[];
  scope: CheckScope;
}

/** Recorded bodies are for reading in the app; longer ones are cut. */
const MAX_RECORDED_BODY = 64 * 1024;

function recordedBody(text: string): string {
  return text.length > MAX_RECORDED_BODY ? `${text.slice(0, MAX_RECORDED_BODY)}\n… (cut: ${text.length} characters in all)` : text;
}

/** The jar behind each client, so a WebSocket handshake can borrow a client's cookies. */
const jars = new WeakMap<HttpClient, CookieJar>();

export function cookieJarOf(client: HttpClient): CookieJar {
  const jar = jars.get(client);
  if (!jar) throw new Error('cookiesFrom takes an HTTP client of this check: t.http or one from t.newHttpClient().');
  return jar;
}

interface PreparedRequest {
  url: URL;
  method: string;
  /** "GET /todos/3", for messages. */
  label: string;
  /** The path without the query, for cookie paths. */
  path: string;
  record: HttpRequestRecord;
}

function prepare(session: HttpSession, spec: RequestSpec, jar: CookieJar): PreparedRequest {
  if (!spec.path.startsWith('/')) throw new Error(`A request path must start with "/", got "${spec.path}".`);
  const method = spec.method.toUpperCase();
  // Appended to the origin, never resolved against it: `//elsewhere/x` must not leave the learner's server.
  const url = new URL(session.baseUrl.origin + spec.path);
  const { headers, body } = encodeRequest(spec);
  const ownCookie = Object.keys(headers).some((name) => name.toLowerCase() === 'cookie');
  const cookie = ownCookie ? undefined : jar.header(url.pathname);
  if (cookie !== undefined) headers.cookie = cookie;
  const record: HttpRequestRecord = { method, url: url.href, headers, ...(body === undefined ? {} : { body }) };
  return { url, method, label: `${method} ${spec.path}`, path: url.pathname, record };
}

export function createHttpClient(context: ClientContext, name?: string): HttpClient {
  const { session, exchanges, scope } = context;
  const jar = new CookieJar();

  /** One request on the wire; a missing answer becomes a CheckFailure in the learner's words. */
  async function transmit(prepared: PreparedRequest, timeoutMs: number, exchange: { expected?: string }): Promise<RawResponse> {
    const { url, method, record, label } = prepared;
    let raw: RawResponse;
    try {
      raw = await send({ url, method, headers: record.headers, body: record.body, agent: session.agent, timeoutMs, signal: scope.signal });
    } catch (error) {
      // Cancelled because the check ended: the timeout has already said what happened.
      if (scope.signal.aborted) throw new CheckEnded();
      const described = describeSendError(error, label, url, timeoutMs);
      exchange.expected = described.expected;
      if (error instanceof SendError && error.code === 'timeout') session.sawTimeout = true;
      throw new CheckFailure(described.message);
    }
    jar.store(raw.setCookies, prepared.path);
    return raw;
  }

  async function request(spec: RequestSpec): Promise<HttpResponse> {
    const prepared = prepare(session, spec, jar);
    const exchange: HttpExchange = { kind: 'http', ...(name === undefined ? {} : { client: name }), request: prepared.record, curl: toCurl(prepared.record) };
    exchanges.push(exchange);
    const wait = { describe: () => `your server to answer ${prepared.label}`, exchange, expected: 'an answer before the check ran out of time' };
    const raw = await scope.waitFor(wait, transmit(prepared, spec.timeoutMs ?? session.requestTimeoutMs, exchange));
    exchange.response = { status: raw.status, headers: raw.headers, body: recordedBody(raw.text), durationMs: Math.round(raw.durationMs) };
    return createHttpResponse(raw, exchange, prepared.label, prepared.path);
  }

  async function burst(spec: BurstSpec) {
    const { count, ratePerSecond, concurrency } = spec;
    const pace = { ratePerSecond, concurrency };
    validateBurst(count, pace);
    const requestSpec: RequestSpec = { ...spec, method: spec.method ?? 'GET' };
    const first = prepare(session, requestSpec, jar);
    const paced = describePace(count, pace);
    scope.ensureFits(minimumDurationMs(count, pace), `A burst of ${paced}`);
    const exchange: BurstExchange = { kind: 'burst', request: first.record, pace: paced, timeline: [], curl: toBurstCurl(first.record, count, pace) };
    exchanges.push(exchange);
    const timeoutMs = spec.timeoutMs ?? session.requestTimeoutMs;

    const sendOne = async (index: number, sentAtMs: number): Promise<BurstResponse> => {
      // Prepared again for each: a Set-Cookie answer in the burst changes what the next one sends.
      const prepared = prepare(session, requestSpec, jar);
      try {
        const raw = await transmit(prepared, timeoutMs, exchange);
        const response = { index, sentAtMs, status: raw.status, durationMs: raw.durationMs, headers: raw.headers, text: raw.text };
        exchange.timeline.push(toEntryRecord(response));
        return response;
      } catch (error) {
        exchange.timeline.push(toEntryRecord({ index, sentAtMs, status: 0, durationMs: 0, headers: {}, text: '' }));
        if (error instanceof CheckFailure) throw new CheckFailure(`Request ${index + 1} of a burst of ${paced}: ${error.message}`);
        throw error;
      }
    };
    const started = performance.now();
    const wait = {
      describe: () => `your server to answer a burst of ${paced} to ${first.label} (${exchange.timeline.length} answered so far)`,
      exchange,
      expected: 'every answer before the check ran out of time',
    };
    try {
      const sent = await scope.waitFor(wait, sendPaced(count, pace, sendOne, { delay: (ms) => scope.delay(ms), now: () => performance.now() }));
      return summarizeBurst(sent.map((entry) => entry.result), performance.now() - started);
    } finally {
      exchange.timeline.sort((a, b) => a.index - b.index);
    }
  }

  const withMethod = (method: string) => (path: string, options?: RequestOptions) => request({ ...options, method, path });
  const client: HttpClient = {
    get: withMethod('GET'),
    post: withMethod('POST'),
    put: withMethod('PUT'),
    patch: withMethod('PATCH'),
    delete: withMethod('DELETE'),
    head: withMethod('HEAD'),
    options: withMethod('OPTIONS'),
    request,
    cookies: () => jar.list(),
    burst,
  };
  jars.set(client, jar);
  return client;
}
