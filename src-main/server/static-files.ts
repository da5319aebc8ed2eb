/**
 * Serves files from a folder (the built renderer, a lesson's pictures). Only files that exist
 * under that folder are served: the resolved path must stay inside it, so `..` and encoded
 * variants answer 404 without a read outside.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { ServerResponse } from 'node:http';
import { contentSecurityPolicy } from './content-security-policy.js';
import { sendBytes, sendError } from './http/respond.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export function resolveInside(rootDir: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const root = resolve(rootDir);
  const target = resolve(join(root, decoded));
  return target === root || target.startsWith(root + sep) ? target : undefined;
}

export type FileHeaders = { 'cache-control': string; 'content-security-policy'?: string };

/** Sends `pathname` from inside `rootDir`, or 404; `headersFor` decides caching and policy by content type. */
export async function sendFileInside(
  rootDir: string,
  pathname: string,
  res: ServerResponse,
  headersFor: (contentType: string) => FileHeaders,
): Promise<void> {
  const target = resolveInside(rootDir, pathname);
  const info = target ? await stat(target).catch(() => undefined) : undefined;
  const type = target ? CONTENT_TYPES[extname(target)] : undefined;
  if (!target || !info?.isFile() || !type) {
    sendError(res, 404, 'Not found.');
    return;
  }
  sendBytes(res, 200, type, await readFile(target), headersFor(type));
}

/** The built renderer. `host` is the request's already-checked Host header: the page may connect back to it only. */
export function serveRenderer(rendererDir: string, pathname: string, host: string, res: ServerResponse): Promise<void> {
  // Vite fingerprints everything under assets/, so those can be cached for good; the page itself must not be.
  const cache = pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  return sendFileInside(rendererDir, pathname === '/' ? '/index.html' : pathname, res, (type) =>
    type.startsWith('text/html') ? { 'cache-control': cache, 'content-security-policy': contentSecurityPolicy(host) } : { 'cache-control': cache },
  );
}
