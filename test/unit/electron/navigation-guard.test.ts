/**
 * The guard runs on Electron's WebContents and shell. Electron's binary cannot be installed on
 * this machine, so — the one kind of stand-in these tests allow — plain objects play those two
 * Electron objects, with exactly the members the guard uses.
 */
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { externalLink, guardNavigation, openIfExternal, type GuardedContents, type NavigationEvent } from '../../../src-main/electron/navigation-guard.js';

const appOrigin = 'http://127.0.0.1:4123';

function guardedWindow(currentOrigin: () => string | undefined = () => appOrigin) {
  const opened: string[] = [];
  let onNavigate: ((event: NavigationEvent) => void) | undefined;
  let onWindowOpen: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents: GuardedContents = {
    on: (_event, listener) => (onNavigate = listener),
    setWindowOpenHandler: (handler) => (onWindowOpen = handler),
  };
  guardNavigation(contents, currentOrigin, async (url) => {
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

describe('guardNavigation across a backend restart', () => {
  it('follows the origin of the backend that runs now, on its new port', () => {
    let origin: string | undefined = appOrigin;
    const window = guardedWindow(() => origin);
    origin = 'http://127.0.0.1:5999';
    expect(window.navigate('http://127.0.0.1:5999/lessons')).toBe(false);
    expect(window.navigate(`${appOrigin}/lessons`)).toBe(true);
    expect(window.opened).toEqual([`${appOrigin}/lessons`]);
  });

  it('refuses every navigation while no backend runs, and still sends web links to the browser', () => {
    const window = guardedWindow(() => undefined);
    expect(window.navigate(`${appOrigin}/`)).toBe(true);
    expect(window.navigate('https://expressjs.com/')).toBe(true);
    expect(window.openWindow('https://expressjs.com/')).toEqual({ action: 'deny' });
    expect(window.opened).toEqual([`${appOrigin}/`, 'https://expressjs.com/', 'https://expressjs.com/']);
  });
});

describe('openIfExternal', () => {
  it('opens web links and drops everything else, so a menu item cannot open a file or a custom scheme', async () => {
    const opened: string[] = [];
    const open = async (url: string): Promise<void> => {
      opened.push(url);
    };
    for (const url of ['https://nodejs.org/docs/', 'file:///etc/passwd', 'javascript:alert(1)', `${appOrigin}/`]) openIfExternal(url, appOrigin, open);
    expect(opened).toEqual(['https://nodejs.org/docs/']);
  });

  it('reports a browser that cannot be opened instead of throwing', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    onTestFinished(() => logged.mockRestore());
    openIfExternal('https://nodejs.org/', appOrigin, () => Promise.reject(new Error('no browser')));
    await expect.poll(() => logged.mock.calls.length).toBe(1);
    expect(String(logged.mock.calls[0]?.[0])).toContain('Could not open https://nodejs.org/');
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
