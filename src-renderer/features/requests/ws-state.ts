/**
 * The WebSocket clients of one lesson as the page knows them: the backend's list, kept current by
 * `ws.*` events; plus the log filter and the binary input. Pure.
 */
import type { ServerEvent } from '../../../src-main/contract/events.js';
import type { WsClientState, WsMessage } from '../../../src-main/contract/workbench.js';

/** As many as the backend keeps per client. */
export const KEPT_MESSAGES = 500;

export interface WsClientView extends WsClientState {
  /** Errors the socket reported (they do not close it by themselves). */
  errors: string[];
}

export function toView(client: WsClientState): WsClientView {
  return { ...client, errors: [] };
}

/** The list after an event; events of other lessons or unknown clients change nothing. */
export function wsClientsAfter(clients: WsClientView[], event: ServerEvent, lessonId: string): WsClientView[] {
  switch (event.type) {
    case 'ws.opened':
      return event.lessonId === lessonId ? upsertClient(clients, event.client) : clients;
    case 'ws.message':
      return event.lessonId === lessonId ? update(clients, event.clientId, (c) => ({ ...c, messages: [...c.messages, event.message].slice(-KEPT_MESSAGES) })) : clients;
    case 'ws.closed':
      return event.lessonId === lessonId ? update(clients, event.clientId, (c) => ({ ...c, status: 'closed', close: event.close })) : clients;
    case 'ws.error':
      return event.lessonId === lessonId ? update(clients, event.clientId, (c) => ({ ...c, errors: [...c.errors, event.message].slice(-20) })) : clients;
    default:
      return clients;
  }
}

/**
 * Adds a client, or keeps the one already known: the open request's answer and the `ws.opened`
 * event race, and messages may already have arrived by events.
 */
export function upsertClient(clients: WsClientView[], client: WsClientState): WsClientView[] {
  if (clients.some((c) => c.clientId === client.clientId)) return clients;
  return [...clients, toView(client)];
}

function update(clients: WsClientView[], clientId: string, change: (client: WsClientView) => WsClientView): WsClientView[] {
  return clients.map((client) => (client.clientId === clientId ? change(client) : client));
}

export interface LogFilter {
  text: string;
  direction: 'all' | 'sent' | 'received';
}

export function filterMessages(messages: readonly WsMessage[], filter: LogFilter): WsMessage[] {
  const needle = filter.text.trim().toLowerCase();
  return messages.filter((m) => (filter.direction === 'all' || m.direction === filter.direction) && (needle === '' || m.data.toLowerCase().includes(needle)));
}

/** `de ad be ef` (spaces, colons or nothing between bytes) → base64; undefined when it is not hex bytes. */
export function hexToBase64(hex: string): string | undefined {
  const digits = hex.replace(/[\s:]/g, '');
  if (digits.length === 0 || digits.length % 2 !== 0 || !/^[0-9a-fA-F]+$/.test(digits)) return undefined;
  let binary = '';
  for (let i = 0; i < digits.length; i += 2) binary += String.fromCharCode(parseInt(digits.slice(i, i + 2), 16));
  return btoa(binary);
}

/** `12:03:04.120` — a log needs the milliseconds. */
export function logTime(at: number): string {
  const date = new Date(at);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`;
}

/** Words for a close: who closed it, the code and the reason. */
export function describeClose(close: WsClientState['close']): string {
  if (!close) return '';
  const who = close.by === 'server' ? 'Your server closed it' : close.by === 'client' ? 'You closed it' : 'The app closed it';
  return `${who}: code ${close.code}${close.reason ? `, “${close.reason}”` : ', no reason given'}`;
}
