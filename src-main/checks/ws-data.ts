import type { RawData } from 'ws';

/** A received WebSocket message as one Buffer, whichever of its three shapes `ws` delivered. */
export function toBuffer(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  return Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
}
