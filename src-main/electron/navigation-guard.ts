/**
 * Keeps a web contents on the app's own origin: navigating elsewhere and opening new windows
 * are refused, and http(s) links go to the system browser instead. It takes Electron's objects
 * as parameters (only the members it uses) so tests can hand it plain fakes.
 */

export interface NavigationEvent {
  url: string;
  preventDefault(): void;
}

export interface GuardedContents {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export type OpenExternal = (url: string) => Promise<void>;

/**
 * `appOrigin` is asked at each event: a restarted backend listens on a new port. While no
 * backend runs it is undefined, and every navigation is refused.
 */
export function guardNavigation(contents: GuardedContents, appOrigin: () => string | undefined, openExternal: OpenExternal): void {
  contents.on('will-navigate', (event) => {
    const origin = appOrigin();
    if (origin !== undefined && originOf(event.url) === origin) return;
    event.preventDefault();
    openIfExternal(event.url, origin, openExternal);
  });
  contents.setWindowOpenHandler(({ url }) => {
    openIfExternal(url, appOrigin(), openExternal);
    return { action: 'deny' };
  });
}

/**
 * The parsed, normalized link if the system browser should open it: http(s) only (never
 * file:, javascript: or custom schemes), and not the app itself, which only works in its window.
 */
export function externalLink(url: string, appOrigin: string | undefined): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  const web = parsed.protocol === 'http:' || parsed.protocol === 'https:';
  return web && parsed.origin !== appOrigin ? parsed.href : undefined;
}

/** Hands `url` to the system browser if externalLink() allows it; everything else is dropped. */
export function openIfExternal(url: string, appOrigin: string | undefined, openExternal: OpenExternal): void {
  const link = externalLink(url, appOrigin);
  if (link === undefined) return;
  // Best effort: with no browser to open there is nothing better to do than say so.
  openExternal(link).catch((error: unknown) => console.error(`Could not open ${link}:`, error));
}

function originOf(url: string): string | undefined {
  return URL.canParse(url) ? new URL(url).origin : undefined;
}
