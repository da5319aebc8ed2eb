/**
 * Who may talk to the backend. It listens on loopback, but a web page in the learner's browser
 * can still reach loopback: the per-launch token stops other pages and local programs, and the
 * Host/Origin checks stop DNS rebinding (a foreign name that resolves to 127.0.0.1).
 */
import { timingSafeEqual } from 'node:crypto';

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost'];

/** `Host` must name loopback with our port exactly. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host !== undefined && LOOPBACK_NAMES.some((name) => host === `${name}:${port}`);
}

/** Browsers send `Origin` on WebSocket upgrades; only our own page's origin may open one. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  return origin !== undefined && LOOPBACK_NAMES.some((name) => origin === `http://${name}:${port}`);
}

/** Compares in constant time so the token cannot be guessed byte by byte from response timings. */
export function isValidToken(candidate: string | undefined, token: string): boolean {
  if (candidate === undefined) return false;
  const given = Buffer.from(candidate);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer (\S+)$/.exec(authorization ?? '');
  return match?.[1];
}
