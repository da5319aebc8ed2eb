/**
 * A client's cookies, kept the way a browser keeps them for one site: Set-Cookie answers store
 * them, later requests whose path matches send them back, and they are forgotten once expired.
 * Every request goes to the learner's one server, so domains play no part, and Secure cookies are
 * sent over plain http, as browsers do for localhost.
 */
import type { Cookie } from './tester-api.js';

/** RFC 6265's default path: the request path up to, not including, its last "/". */
function defaultPath(requestPath: string): string {
  const path = requestPath.split('?')[0] ?? '/';
  const lastSlash = path.lastIndexOf('/');
  return lastSlash <= 0 ? '/' : path.slice(0, lastSlash);
}

function expiry(maxAge: string | undefined, expires: string | undefined, now: number): number | undefined {
  if (maxAge !== undefined && /^-?\d+$/.test(maxAge)) return now + Number(maxAge) * 1000;
  if (expires === undefined) return undefined;
  const time = Date.parse(expires);
  return Number.isNaN(time) ? undefined : time;
}

/** One Set-Cookie header; undefined when it names no cookie. */
export function parseSetCookie(header: string, requestPath: string, now: number): Cookie | undefined {
  const [pair = '', ...parts] = header.split(';');
  const equals = pair.indexOf('=');
  const name = pair.slice(0, equals).trim();
  if (equals < 0 || name === '') return undefined;
  const attributes = new Map<string, string>();
  for (const part of parts) {
    const at = part.indexOf('=');
    const key = (at < 0 ? part : part.slice(0, at)).trim().toLowerCase();
    attributes.set(key, at < 0 ? '' : part.slice(at + 1).trim());
  }
  const path = attributes.get('path');
  const cookie: Cookie = {
    name,
    value: pair.slice(equals + 1).trim(),
    path: path?.startsWith('/') ? path : defaultPath(requestPath),
    httpOnly: attributes.has('httponly'),
    secure: attributes.has('secure'),
  };
  const expiresAt = expiry(attributes.get('max-age'), attributes.get('expires'), now);
  if (expiresAt !== undefined) cookie.expiresAt = expiresAt;
  const sameSite = attributes.get('samesite');
  if (sameSite !== undefined) cookie.sameSite = sameSite;
  return cookie;
}

/** RFC 6265 path-match: `/todos` matches `/todos`, `/todos/3`, not `/todosx`. */
function pathMatches(requestPath: string, cookiePath: string): boolean {
  const path = requestPath.split('?')[0] ?? '/';
  if (path === cookiePath) return true;
  return path.startsWith(cookiePath) && (cookiePath.endsWith('/') || path[cookiePath.length] === '/');
}

const isLive = (cookie: Cookie, now: number): boolean => cookie.expiresAt === undefined || cookie.expiresAt > now;

export class CookieJar {
  /** Keyed by name and path, as a browser keys them for one host. */
  private readonly cookies = new Map<string, Cookie>();

  /** Takes in the Set-Cookie headers of an answer to a request for `requestPath`. */
  store(setCookieHeaders: readonly string[], requestPath: string, now = Date.now()): void {
    for (const header of setCookieHeaders) {
      const cookie = parseSetCookie(header, requestPath, now);
      if (!cookie) continue;
      const key = `${cookie.name}\0${cookie.path}`;
      // An expiry in the past is how a server deletes a cookie (logout).
      if (isLive(cookie, now)) this.cookies.set(key, cookie);
      else this.cookies.delete(key);
    }
  }

  /** The Cookie header for a request to `requestPath`; undefined when no cookie applies. */
  header(requestPath: string, now = Date.now()): string | undefined {
    const matching = this.list(now)
      .filter((cookie) => pathMatches(requestPath, cookie.path))
      // Longer paths first, as browsers send them.
      .sort((a, b) => b.path.length - a.path.length);
    return matching.length === 0 ? undefined : matching.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
  }

  list(now = Date.now()): Cookie[] {
    return [...this.cookies.values()].filter((cookie) => isLive(cookie, now)).map((cookie) => ({ ...cookie }));
  }
}
