/**
 * Serves the built renderer. Only files that exist under the renderer folder are served:
 * the resolved path must stay inside it, so `..` and encoded variants answer 404 without a read outside.
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

/** `host` is the request's already-checked Host header: the page may connect back to it only. */
export async function serveStatic(rootDir: string, pathname: string, host: string, res: ServerResponse): Promise<void> {
  const relative = pathname === '/' ? '/index.html' : pathname;
  const target = resolveInside(rootDir, relative);
  const info = target ? await stat(target).catch(() => undefined) : undefined;
  if (!target || !info?.isFile()) {
    sendError(res, 404, 'Not found.');
    return;
  }
  const type = CONTENT_TYPES[extname(target)] ?? 'application/octet-stream';
  // Vite fingerprints everything under assets/, so those can be cached for good; the page itself must not be.
  const cache = pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  const csp = type.startsWith('text/html') ? { 'content-security-policy': contentSecurityPolicy(host) } : {};
  sendBytes(res, 200, type, await readFile(target), { 'cache-control': cache, ...csp });
}
