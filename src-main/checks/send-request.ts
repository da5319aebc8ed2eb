/**
 * One HTTP exchange with the learner's server over node:http and a keep-alive agent: the runner's
 * requests reuse one connection instead of paying a TCP handshake each (the loop must feel instant).
 * Untrusted servers can stall or flood, so every request has a deadline and a body limit.
 */
import { request as httpRequest, type Agent, type IncomingHttpHeaders } from 'node:http';
import type { RawResponse } from './http-response.js';

export const MAX_BODY_BYTES = 1024 * 1024;

export interface OutgoingRequest {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body?: string;
  agent: Agent;
  timeoutMs: number;
  signal: AbortSignal;
}

/** Why a request got no usable answer; `code` is Node's error code (ECONNREFUSED, …) or our own problem. */
export class SendError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** The request went out on a kept-alive connection, which the server may have closed just before. */
    readonly reusedSocket = false,
  ) {
    super(message);
  }
}

export function flattenHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

function sendOnce(out: OutgoingRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = httpRequest(out.url, { method: out.method, headers: out.headers, agent: out.agent, signal: out.signal });
    // A whole-request deadline: a socket timeout would keep waiting on a server that trickles bytes.
    const deadline = setTimeout(() => req.destroy(new SendError('timeout', 'no answer in time')), out.timeoutMs);
    // The error may surface on the request or, once the answer has started, on the response.
    const fail = (error: NodeJS.ErrnoException): void => {
      clearTimeout(deadline);
      reject(error instanceof SendError ? error : new SendError(error.code ?? error.name, error.message, req.reusedSocket));
    };
    req.on('error', fail);
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('error', fail);
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) req.destroy(new SendError('too-large', 'the answer is too large'));
        else chunks.push(chunk);
      });
      res.on('end', () => {
        clearTimeout(deadline);
        const text = Buffer.concat(chunks).toString('utf8');
        const setCookies = res.headers['set-cookie'] ?? [];
        resolve({ status: res.statusCode ?? 0, headers: flattenHeaders(res.headers), setCookies, text, durationMs: performance.now() - started });
      });
    });
    req.end(out.body);
  });
}

/** Sends the request, retrying once when a kept-alive connection turned out to be closed already. */
export async function send(out: OutgoingRequest): Promise<RawResponse> {
  try {
    return await sendOnce(out);
  } catch (error) {
    if (error instanceof SendError && error.reusedSocket && error.code === 'ECONNRESET') return sendOnce(out);
    throw error;
  }
}
