/** Where the kernel says a TCP port is listening: the host's own table, not what a server claims. */
import { readFile } from 'node:fs/promises';

/** 127.0.0.1 as /proc/net/tcp writes it, and ::1 as /proc/net/tcp6 does. */
const LOOPBACK_HEX = new Set(['0100007F', '00000000000000000000000001000000']);

/** The local addresses (hex, as in /proc/net/tcp*) of every socket listening on `port`. */
export async function listeningAddresses(port: number): Promise<string[]> {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const tables = await Promise.all(['/proc/net/tcp', '/proc/net/tcp6'].map((file) => readFile(file, 'utf8').catch(() => '')));
  return tables
    .flatMap((table) => table.split('\n').slice(1))
    .map((line) => line.trim().split(/\s+/))
    .filter((fields) => fields[1]?.endsWith(`:${hexPort}`) && fields[3] === '0A') // 0A: LISTEN
    .map((fields) => fields[1]!.split(':')[0]!);
}

/** True when something listens on `port` on an address other than loopback (0.0.0.0 included). */
export async function listensBeyondLoopback(port: number): Promise<boolean> {
  return (await listeningAddresses(port)).some((address) => !LOOPBACK_HEX.has(address));
}
