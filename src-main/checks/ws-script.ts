/**
 * The WebSocket counterpart of the curl line: a small Node script, using the `ws` package, that
 * opens the same connection (URL, headers, subprotocols) and sends the same frames at the same
 * moments after opening, printing everything the server sends back.
 */

export interface ScriptedSend {
  /** Milliseconds after the connection opened. */
  afterMs: number;
  binary: boolean;
  /** Text, or base64 for a binary frame. */
  data: string;
}

export interface ScriptedConnection {
  client: string;
  url: string;
  headers: Record<string, string>;
  protocols: string[];
  sends: ScriptedSend[];
  /** The check closed the connection itself. */
  close?: { afterMs: number; code: number; reason: string };
}

/** How long the script keeps listening after its last send when the check did not close. */
const LINGER_MS = 1000;

/** A JS literal for any string: JSON's quoting is valid JavaScript. */
const literal = (value: unknown): string => JSON.stringify(value);

function sendLine(send: ScriptedSend): string {
  const payload = send.binary ? `Buffer.from(${literal(send.data)}, 'base64')` : literal(send.data);
  return `  setTimeout(() => send(${payload}), ${Math.round(send.afterMs)});`;
}

function closeLine(connection: ScriptedConnection): string {
  if (connection.close) {
    const { afterMs, code, reason } = connection.close;
    return `  setTimeout(() => ws.close(${code}, ${literal(reason)}), ${Math.round(afterMs)});`;
  }
  const lastSend = Math.max(0, ...connection.sends.map((send) => send.afterMs));
  return `  setTimeout(() => ws.close(1000), ${Math.round(lastSend) + LINGER_MS}); // the check did not close it; stop listening`;
}

export function toWsScript(connection: ScriptedConnection): string {
  const options = Object.keys(connection.headers).length === 0 ? '' : `, { headers: ${literal(connection.headers)} }`;
  return [
    `// Replays WebSocket ${connection.client} of this check: same handshake, same messages, same timing.`,
    '// Save it as replay-ws.mjs and run `node replay-ws.mjs` in a folder where `ws` is installed (npm install ws).',
    "import WebSocket from 'ws';",
    '',
    'const started = Date.now();',
    "const log = (...parts) => console.log(`${String(Date.now() - started).padStart(5)} ms`, ...parts);",
    `const ws = new WebSocket(${literal(connection.url)}, ${literal(connection.protocols)}${options});`,
    "const send = (data) => { ws.send(data); log('sent:', data); };",
    '',
    "ws.on('unexpected-response', (_request, response) => {",
    "  log('refused:', response.statusCode, response.statusMessage);",
    '  process.exit(1);',
    '});',
    "ws.on('open', () => {",
    "  log('open, subprotocol:', JSON.stringify(ws.protocol));",
    ...connection.sends.map(sendLine),
    closeLine(connection),
    '});',
    "ws.on('message', (data, isBinary) => log('received:', isBinary ? data : data.toString()));",
    "ws.on('close', (code, reason) => log('closed:', code, reason.toString()));",
    "ws.on('error', (error) => log('error:', error.message));",
    '',
  ].join('\n');
}
