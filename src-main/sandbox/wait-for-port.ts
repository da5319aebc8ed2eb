/**
 * Resolves once something accepts TCP connections on 127.0.0.1:`port`. A refused connect on
 * loopback answers within microseconds, so polling every few ms finds a freshly started server
 * with almost no delay, and there is no fixed sleep to tune.
 */
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

const POLL_INTERVAL_MS = 10;

function acceptsConnection(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Resolves when the port accepts a connection, or quietly when `signal` aborts the wait. */
export async function waitForPort(port: number, signal: AbortSignal): Promise<void> {
  while (!signal.aborted) {
    if (await acceptsConnection(port)) return;
    await sleep(POLL_INTERVAL_MS, undefined, { signal }).catch(() => undefined);
  }
}
