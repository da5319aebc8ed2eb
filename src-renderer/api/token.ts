/**
 * Where the per-launch API token comes from: the Electron preload, or (web mode) the URL fragment
 * `#token=…` on first load, kept in sessionStorage so a reload still works and removed from the
 * address bar so it is not left lying around. Pure except for the injected environment.
 */
import type { DesktopBridge } from '../../src-main/contract/api.js';

export const TOKEN_STORAGE_KEY = 'backend-sandbox.token';

/** Splits `#token=abc&x=1` into the token and what is left of the fragment (`#x=1`, or `''`). */
export function takeTokenFromHash(hash: string): { token: string | undefined; rest: string } {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!raw) return { token: undefined, rest: '' };
  const params = new URLSearchParams(raw);
  const token = params.get('token')?.trim() || undefined;
  if (token === undefined) return { token: undefined, rest: hash };
  params.delete('token');
  const remaining = params.toString();
  return { token, rest: remaining ? `#${remaining}` : '' };
}

export interface TokenEnvironment {
  bridge: DesktopBridge | undefined;
  location: { pathname: string; search: string; hash: string };
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined;
  /** Replaces the address bar's URL without navigating (history.replaceState). */
  replaceUrl: (url: string) => void;
}

export function resolveToken(env: TokenEnvironment): string | undefined {
  if (env.bridge?.token) return env.bridge.token;
  const { token, rest } = takeTokenFromHash(env.location.hash);
  if (token !== undefined) {
    try {
      env.storage?.setItem(TOKEN_STORAGE_KEY, token);
    } catch {
      // Storage can be disabled; the token still works for this page load.
    }
    env.replaceUrl(`${env.location.pathname}${env.location.search}${rest}`);
    return token;
  }
  try {
    return env.storage?.getItem(TOKEN_STORAGE_KEY) || undefined;
  } catch {
    return undefined;
  }
}

declare global {
  interface Window {
    backendSandbox?: DesktopBridge;
  }
}

/** Reads the token from the real page: call once at start-up. */
export function resolveBrowserToken(): string | undefined {
  let storage: Storage | undefined;
  try {
    storage = window.sessionStorage;
  } catch {
    storage = undefined;
  }
  return resolveToken({
    bridge: window.backendSandbox,
    location: window.location,
    storage,
    replaceUrl: (url) => window.history.replaceState(window.history.state, '', url),
  });
}
