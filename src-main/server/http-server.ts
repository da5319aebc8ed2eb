/**
 * The backend's HTTP server: every request passes the Host check (DNS rebinding), `/api` also
 * needs the bearer token, everything else is the built renderer. Errors become JSON answers;
 * nothing a client sends can crash the process.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { bearerToken, isAllowedHost, isValidToken } from './access-policy.js';
import type { Catalog } from '../lessons/catalog.js';
import type { EventHub } from './event-hub.js';
import { HttpError } from './http/http-error.js';
import { sendError } from './http/respond.js';
import type { Router } from './http/router.js';
import { isLessonAssetPath, serveLessonAsset } from './lesson-assets.js';
import { serveRenderer } from './static-files.js';

export interface HttpServerOptions {
  router: Router;
  events: EventHub;
  token: string;
  rendererDir: string;
  catalog: Catalog;
  port: () => number;
  timeouts?: Partial<HttpTimeouts> | undefined;
  onUnexpectedError: (error: unknown) => void;
}

/**
 * Idle or trickling connections are cut rather than held open (slow-loris): a client gets
 * `headersMs` to send its headers (a silent connection counts from its first moment) and
 * `requestMs` for the whole request; an idle keep-alive connection closes after `keepAliveMs`.
 * Node checks the first two only every `checkIntervalMs` (its default, 30 s, would let a silent
 * connection linger three times longer than the limit says).
 */
export interface HttpTimeouts {
  headersMs: number;
  requestMs: number;
  keepAliveMs: number;
  checkIntervalMs: number;
}

export const defaultHttpTimeouts: HttpTimeouts = { headersMs: 10_000, requestMs: 60_000, keepAliveMs: 5_000, checkIntervalMs: 1_000 };

export function createHttpServer(options: HttpServerOptions): Server {
  const timeouts = { ...defaultHttpTimeouts, ...options.timeouts };
  const server = createServer(
    { headersTimeout: timeouts.headersMs, requestTimeout: timeouts.requestMs, connectionsCheckingInterval: timeouts.checkIntervalMs },
    (req, res) => {
      handle(req, res, options).catch((error: unknown) => answerError(res, error, options.onUnexpectedError));
    },
  );
  server.keepAliveTimeout = timeouts.keepAliveMs;
  server.on('upgrade', (req, socket, head) => options.events.handleUpgrade(req, socket, head));
  return server;
}

async function handle(req: IncomingMessage, res: ServerResponse, options: HttpServerOptions): Promise<void> {
  if (!isAllowedHost(req.headers.host, options.port())) {
    throw new HttpError(403, 'This server only answers requests addressed to 127.0.0.1 or localhost.');
  }
  const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
  if (!url.pathname.startsWith('/api/')) {
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'Only GET is allowed here.');
    if (isLessonAssetPath(url.pathname)) await serveLessonAsset(options.catalog, url.pathname, res);
    else await serveRenderer(options.rendererDir, url.pathname, req.headers.host!, res);
    return;
  }
  if (!isValidToken(bearerToken(req.headers.authorization), options.token)) {
    throw new HttpError(401, 'Missing or wrong token. Open the app from the address `npm start` printed.');
  }
  const match = options.router.match(req.method ?? 'GET', url.pathname);
  if (match === undefined) throw new HttpError(404, `There is no API route ${url.pathname}.`);
  if (match === 'method-not-allowed') throw new HttpError(405, `${req.method} is not allowed on ${url.pathname}.`);
  await match.handler({ req, res, params: match.params, url });
}

function answerError(res: ServerResponse, error: unknown, onUnexpectedError: (error: unknown) => void): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (error instanceof HttpError) {
    sendError(res, error.status, error.message, error.issues);
    return;
  }
  onUnexpectedError(error);
  sendError(res, 500, 'Something went wrong inside Backend Sandbox. Your work is saved; please try again.');
}
