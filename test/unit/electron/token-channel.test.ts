/**
 * The token is served to Electron's IpcMainEvents. Electron's binary cannot be installed on this
 * machine, so — the one kind of stand-in these tests allow — plain objects play ipcMain, the
 * window's WebContents and the events, with exactly the members the channel uses.
 */
import { describe, expect, it } from 'vitest';
import { mayReceiveToken, serveToken, TOKEN_CHANNEL, type CurrentBackend, type TokenRequest } from '../../../src-main/electron/token-channel.js';

const appOrigin = 'http://127.0.0.1:4123';
const token = 'd'.repeat(64);
const windowContents = { id: 1 };
const topFrame = (url: string) => ({ url, parent: null });

function request(sender: unknown, senderFrame: TokenRequest['senderFrame']): TokenRequest {
  return { sender, senderFrame, returnValue: undefined };
}

/** What the renderer's `ipcRenderer.sendSync(TOKEN_CHANNEL)` returns for each request. */
function servedChannel(current: () => CurrentBackend | undefined = () => ({ url: `${appOrigin}/`, token })) {
  const listeners = new Map<string, (event: TokenRequest) => void>();
  serveToken({ on: (channel, listener) => listeners.set(channel, listener) }, windowContents, current);
  const sendSync = (event: TokenRequest): unknown => {
    listeners.get(TOKEN_CHANNEL)?.(event);
    return event.returnValue;
  };
  return { channels: [...listeners.keys()], sendSync };
}

describe('serveToken', () => {
  it('listens on the one channel the preload asks on', () => {
    expect(servedChannel().channels).toEqual(['backend-sandbox:token']);
  });

  it("gives the token to the window's top frame on the app's origin", () => {
    const { sendSync } = servedChannel();
    expect(sendSync(request(windowContents, topFrame(`${appOrigin}/`)))).toBe(token);
    expect(sendSync(request(windowContents, topFrame(`${appOrigin}/lessons/crud?step=2#editor`)))).toBe(token);
  });

  it('answers null to anyone else, so a synchronous caller never waits and never gets the token', () => {
    const { sendSync } = servedChannel();
    expect(sendSync(request({ id: 2 }, topFrame(`${appOrigin}/`)))).toBeNull();
    expect(sendSync(request(windowContents, topFrame('https://example.com/')))).toBeNull();
    expect(sendSync(request(windowContents, null))).toBeNull();
  });
});

describe('serveToken across a backend restart', () => {
  it("hands out the new backend's token, and only on its new origin", () => {
    let backend: CurrentBackend | undefined = { url: `${appOrigin}/`, token };
    const { sendSync } = servedChannel(() => backend);
    const restarted = { url: 'http://127.0.0.1:5999/', token: 'e'.repeat(64) };
    backend = restarted;
    expect(sendSync(request(windowContents, topFrame('http://127.0.0.1:5999/')))).toBe(restarted.token);
    expect(sendSync(request(windowContents, topFrame(`${appOrigin}/`)))).toBeNull();
  });

  it('answers null while no backend runs (the restarting screen)', () => {
    const { sendSync } = servedChannel(() => undefined);
    expect(sendSync(request(windowContents, topFrame(`${appOrigin}/`)))).toBeNull();
  });
});

describe('mayReceiveToken', () => {
  it('refuses another web contents even on the app origin', () => {
    expect(mayReceiveToken(request({ id: 1 }, topFrame(`${appOrigin}/`)), windowContents, appOrigin)).toBe(false);
  });

  it('refuses other origins: another port, another host name for the same machine, other schemes', () => {
    for (const url of ['http://127.0.0.1:4124/', 'http://localhost:4123/', 'https://127.0.0.1:4123/', 'file:///etc/passwd', 'about:blank', 'not a url', '']) {
      expect(mayReceiveToken(request(windowContents, topFrame(url)), windowContents, appOrigin), url).toBe(false);
    }
  });

  it('refuses a look-alike host that merely starts with the app origin', () => {
    expect(mayReceiveToken(request(windowContents, topFrame('http://127.0.0.1:4123.evil.test/')), windowContents, appOrigin)).toBe(false);
    expect(mayReceiveToken(request(windowContents, topFrame(`http://127.0.0.1:41230/`)), windowContents, appOrigin)).toBe(false);
  });

  it('refuses a subframe, even one on the app origin', () => {
    const subframe = { url: `${appOrigin}/embedded`, parent: topFrame(`${appOrigin}/`) };
    expect(mayReceiveToken(request(windowContents, subframe), windowContents, appOrigin)).toBe(false);
  });

  it('refuses a frame that has already navigated away or gone', () => {
    expect(mayReceiveToken(request(windowContents, null), windowContents, appOrigin)).toBe(false);
  });
});
