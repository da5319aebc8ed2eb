/**
 * `t.http`: requests to the learner's server, each recorded as a CheckExchange (with a curl
 * command to repeat it) before it is sent, so even a request that never got an answer shows up.
 */
import type { Agent } from 'node:http';
import type { CheckExchange } from '../contract/api.js';
import { CheckFailure } from './check-failure.js';
import { toCurl } from './curl.js';
import { createHttpResponse, type RawResponse } from './http-response.js';
import { describeSendError } from './send-error-message.js';
import { send, SendError } from './send-request.js';
import type { HttpClient, HttpResponse, RequestOptions, RequestSpec } from './tester-api.js';

/** Shared by every check of a run. */
export interface HttpSession {
  baseUrl: URL;
  agent: Agent;
  requestTimeoutMs: number;
  /** Set when a request got no answer in time; the runner then asks whether the server is hung. */
  sawTimeout?: boolean;
}

/** Recorded bodies are for reading in the app; longer ones are cut. */
const MAX_RECORDED_BODY = 64 * 1024;

function recordedBody(text: string): string {
  return text.length > MAX_RECORDED_BODY ? `${text.slice(0, MAX_RECORDED_BODY)}\n… (cut: ${text.length} characters in all)` : text;
}

function requestBody(spec: RequestSpec): { headers: Record<string, string>; body?: string } {
  const headers = { ...spec.headers };
  if (spec.json === undefined) return spec.body === undefined ? { headers } : { headers, body: spec.body };
  const hasContentType = Object.keys(headers).some((name) => name.toLowerCase() === 'content-type');
  if (!hasContentType) headers['content-type'] = 'application/json';
  return { headers, body: JSON.stringify(spec.json) };
}

export function createHttpClient(session: HttpSession, exchanges: CheckExchange[], signal: AbortSignal): HttpClient {
  async function request(spec: RequestSpec): Promise<HttpResponse> {
    if (!spec.path.startsWith('/')) throw new Error(`A request path must start with "/", got "${spec.path}".`);
    const method = spec.method.toUpperCase();
    // Appended to the origin, never resolved against it: `//elsewhere/x` must not leave the learner's server.
    const url = new URL(session.baseUrl.origin + spec.path);
    const label = `${method} ${spec.path}`;
    const { headers, body } = requestBody(spec);
    const recorded: CheckExchange['request'] = { method, url: url.href, headers, ...(body === undefined ? {} : { body }) };
    const exchange: CheckExchange = { request: recorded, curl: toCurl(recorded) };
    exchanges.push(exchange);

    const timeoutMs = spec.timeoutMs ?? session.requestTimeoutMs;
    let raw: RawResponse;
    try {
      raw = await send({ url, method, headers, body, agent: session.agent, timeoutMs, signal });
    } catch (error) {
      const described = describeSendError(error, label, url, timeoutMs);
      exchange.expected = described.expected;
      if (error instanceof SendError && error.code === 'timeout') session.sawTimeout = true;
      throw new CheckFailure(described.message);
    }
    exchange.response = { status: raw.status, headers: raw.headers, body: recordedBody(raw.text), durationMs: Math.round(raw.durationMs) };
    return createHttpResponse(raw, exchange, label);
  }

  const withMethod = (method: string) => (path: string, options?: RequestOptions) => request({ ...options, method, path });
  return {
    get: withMethod('GET'),
    post: withMethod('POST'),
    put: withMethod('PUT'),
    patch: withMethod('PATCH'),
    delete: withMethod('DELETE'),
    request,
  };
}
