/**
 * Resolves once something accepts connections on 127.0.0.1:`port` (or on a Unix socket: a server
 * inside bubblewrap, see port-bridge.ts). A refused connect answers within microseconds, so
 * polling every few ms finds a freshly started server with almost no delay, and there is no
 * fixed sleep to tune.
 */
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

const POLL_INTERVAL_MS = 10;

/** Where a learner server is listened for: a loopback port, or the Unix socket behind a port bridge. */
export type ListenTarget = { port: number } | { path: string };

function acceptsConnection(target: ListenTarget): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect('path' in target ? { path: target.path } : { host: '127.0.0.1', port: target.port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Resolves when the target accepts a connection, or quietly when `signal` aborts the wait. */
export async function waitForListener(target: ListenTarget, signal: AbortSignal): Promise<void> {
  while (!signal.aborted) {
    if (await acceptsConnection(target)) return;
    await sleep(POLL_INTERVAL_MS, undefined, { signal }).catch(() => undefined);
  }
}
