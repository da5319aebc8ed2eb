/** Listens on the backend's event socket as the page does: says hello with the token, then collects every event. */
import { expect } from 'vitest';
import WebSocket from 'ws';
import type { ServerEvent } from '../../src-main/contract/events.js';
import type { TestBackend } from './backend.js';

export async function listenToEvents(backend: TestBackend): Promise<{ events: ServerEvent[]; close(): void }> {
  const ws = new WebSocket(`ws://127.0.0.1:${backend.port}/api/events`, { origin: `http://127.0.0.1:${backend.port}` });
  const events: ServerEvent[] = [];
  ws.on('message', (data) => events.push(JSON.parse(data.toString()) as ServerEvent));
  await new Promise((resolve) => ws.once('open', resolve));
  ws.send(JSON.stringify({ type: 'hello', token: backend.token }));
  await expect.poll(() => events.length).toBeGreaterThan(0);
  return { events, close: () => ws.close() };
}
