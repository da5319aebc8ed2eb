import type { ServerResponse } from 'node:http';
import type { ApiError } from '../../contract/api.js';

/** Headers every answer carries: no sniffing, no framing by other sites, nothing cached that holds learner data. */
const baseHeaders = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    ...baseHeaders,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
    'cache-control': 'no-store',
  });
  res.end(payload);
}

export function sendNoContent(res: ServerResponse): void {
  res.writeHead(204, { ...baseHeaders, 'cache-control': 'no-store' });
  res.end();
}

export function sendError(res: ServerResponse, status: number, error: string, issues?: ApiError['issues']): void {
  const body: ApiError = issues ? { error, issues } : { error };
  sendJson(res, status, body);
}

export function sendBytes(
  res: ServerResponse,
  status: number,
  contentType: string,
  body: Buffer,
  headers: { 'cache-control': string; 'content-security-policy'?: string; 'content-disposition'?: string; 'x-rows-truncated'?: string },
): void {
  res.writeHead(status, {
    ...baseHeaders,
    ...headers,
    'content-type': contentType,
    'content-length': body.length,
  });
  res.end(body);
}
