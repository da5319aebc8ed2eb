/**
 * The guard runs on Electron's WebContents and shell. Electron's binary cannot be installed on
 * this machine, so — the one kind of stand-in these tests allow — plain objects play those two
 * Electron objects, with exactly the members the guard uses.
 */
import { describe, expect, it } from 'vitest';
import { externalLink, guardNavigation, type GuardedContents, type NavigationEvent } from '../../../src-main/electron/navigation-guard.js';

const appOrigin = 'http://127.0.0.1:4123';

function guardedWindow() {
  const opened: string[] = [];
  let onNavigate: ((event: NavigationEvent) => void) | undefined;
  let onWindowOpen: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents: GuardedContents = {
    on: (_event, listener) => (onNavigate = listener),
    setWindowOpenHandler: (handler) => (onWindowOpen = handler),
  };
  guardNavigation(contents, appOrigin, async (url) => {
    opened.push(url);
  });
  const navigate = (url: string): boolean => {
    let prevented = false;
    onNavigate?.({ url, preventDefault: () => (prevented = true) });
    return prevented;
  };
  const openWindow = (url: string) => onWindowOpen?.({ url });
  return { opened, navigate, openWindow };
}

describe('guardNavigation', () => {
  it('lets the page move within the app', () => {
    const window = guardedWindow();
    expect(window.navigate(`${appOrigin}/lessons/crud`)).toBe(false);
    expect(window.opened).toEqual([]);
  });

  it('keeps the window on the app and opens web links in the system browser instead', () => {
    const window = guardedWindow();
    expect(window.navigate('https://developer.mozilla.org/en-US/docs/Web/HTTP')).toBe(true);
    expect(window.navigate('http://127.0.0.1:5000/items')).toBe(true);
    expect(window.opened).toEqual(['https://developer.mozilla.org/en-US/docs/Web/HTTP', 'http://127.0.0.1:5000/items']);
  });

  it('blocks navigation to other schemes and opens nothing', () => {
    const window = guardedWindow();
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'vscode://open', 'not a url']) {
      expect(window.navigate(url)).toBe(true);
    }
    expect(window.opened).toEqual([]);
  });

  it('denies every new window, sending only external web links to the browser', () => {
    const window = guardedWindow();
    expect(window.openWindow('https://expressjs.com/')).toEqual({ action: 'deny' });
    expect(window.openWindow(`${appOrigin}/popup`)).toEqual({ action: 'deny' });
    expect(window.openWindow('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(window.opened).toEqual(['https://expressjs.com/']);
  });
});

describe('externalLink', () => {
  it('hands on the parsed, normalized URL', () => {
    expect(externalLink('HTTPS://Example.COM/a b', appOrigin)).toBe('https://example.com/a%20b');
  });

  it('treats another port or host name as another origin', () => {
    expect(externalLink('http://127.0.0.1:4124/', appOrigin)).toBe('http://127.0.0.1:4124/');
    expect(externalLink('http://localhost:4123/', appOrigin)).toBe('http://localhost:4123/');
  });

  it('never opens the app itself outside its window', () => {
    expect(externalLink(`${appOrigin}/#token=x`, appOrigin)).toBeUndefined();
  });
});
