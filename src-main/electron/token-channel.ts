/**
 * How the preload gets the per-launch token: it asks the main process over one synchronous IPC
 * channel, and the main process answers only our window's top frame while it shows the
 * backend's own origin. The token thus never appears on a command line (a renderer's argv is
 * readable by every local user through /proc/<pid>/cmdline), and no other web contents, frame or
 * page that the window might end up showing gets it.
 *
 * The preload imports this file too (for the channel name), so it imports nothing: a sandboxed
 * preload can load only its own bundle and Electron's renderer modules. The rest takes
 * Electron's objects as parameters (only the members it uses) so tests can hand it plain fakes.
 */

export const TOKEN_CHANNEL = 'backend-sandbox:token';

/** The members of Electron's IpcMainEvent that the answer depends on. */
export interface TokenRequest {
  /** The web contents that sent the request. */
  readonly sender: unknown;
  /** The frame that sent it; null once that frame has navigated away or gone. */
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
  /** What `ipcRenderer.sendSync` returns in the renderer. */
  returnValue: unknown;
}

export interface TokenIpc {
  on(channel: typeof TOKEN_CHANNEL, listener: (event: TokenRequest) => void): unknown;
}

/** The backend the window shows now; it changes when a crashed backend is restarted. */
export interface CurrentBackend {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  token: string;
}

/**
 * Answers the preload's token requests: the current backend's token for `contents`' top frame
 * on that backend's origin, null for anyone else and while no backend runs. Always sets a
 * return value, so no synchronous caller is left waiting.
 */
export function serveToken(ipc: TokenIpc, contents: unknown, current: () => CurrentBackend | undefined): void {
  ipc.on(TOKEN_CHANNEL, (event) => {
    const backend = current();
    event.returnValue = backend && mayReceiveToken(event, contents, new URL(backend.url).origin) ? backend.token : null;
  });
}

/** Whether a request comes from the top frame of `contents` while it is on `appOrigin`. */
export function mayReceiveToken(event: TokenRequest, contents: unknown, appOrigin: string): boolean {
  const frame = event.senderFrame;
  if (event.sender !== contents || frame === null || frame.parent !== null) return false;
  return URL.canParse(frame.url) && new URL(frame.url).origin === appOrigin;
}
