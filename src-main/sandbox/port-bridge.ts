/**
 * Makes a server inside bubblewrap's private network reachable on a loopback port of the host.
 *
 * A learner process in its own network namespace has only its own loopback: a port it listens on
 * there is invisible to the backend. Instead, the loopback guard turns its `listen(PORT)` into a
 * listen on a Unix socket in a folder bound into the sandbox, and this bridge accepts TCP on
 * 127.0.0.1 (the port the learner and the checks know as PORT) and pipes each connection to that
 * socket, byte for byte, so HTTP and WebSockets pass unchanged.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, connect, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PortBridge {
  /** The loopback TCP port on the host side. */
  port: number;
  /** The folder bound into the sandbox, and the socket inside it the learner's server listens on. */
  socketDir: string;
  socketPath: string;
  close(): Promise<void>;
}

function forwardTo(socketPath: string): Server {
  // Half-open both ways: a client that ends its side still gets the whole answer.
  return createServer({ allowHalfOpen: true }, (client) => {
    const upstream = connect({ path: socketPath, allowHalfOpen: true });
    // Not listening (yet), or gone: the client sees a closed connection, as with a closed port.
    upstream.once('error', () => client.destroy());
    client.once('error', () => upstream.destroy());
    client.pipe(upstream).pipe(client);
  });
}

export async function openPortBridge(): Promise<PortBridge> {
  // In tmpdir, not the workspace: a socket path must stay under ~100 bytes.
  const socketDir = await mkdtemp(join(tmpdir(), 'backend-sandbox-'));
  const socketPath = join(socketDir, 'server.sock');
  const server = forwardTo(socketPath);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    socketDir,
    socketPath,
    close: async () => {
      server.close();
      await rm(socketDir, { recursive: true, force: true });
    },
  };
}
