import { describe, expect, it } from 'vitest';
import { toWsScript } from '../../../src-main/checks/ws-script.js';

const connection = {
  client: 'alice',
  url: 'ws://127.0.0.1:4321/chat?room=1',
  headers: { cookie: 'sid=a"b' },
  protocols: ['chat.v1'],
  sends: [
    { afterMs: 3.4, binary: false, data: "it's \"quoted\"\n`${x}`" },
    { afterMs: 120, binary: true, data: 'AAEC' },
  ],
};

describe('toWsScript', () => {
  it('opens the same URL with the same subprotocols and headers, and replays the sends at their moments', () => {
    const script = toWsScript(connection);
    expect(script).toContain("import WebSocket from 'ws';");
    expect(script).toContain('new WebSocket("ws://127.0.0.1:4321/chat?room=1", ["chat.v1"], { headers: {"cookie":"sid=a\\"b"} });');
    expect(script).toContain('setTimeout(() => send("it\'s \\"quoted\\"\\n`${x}`"), 3);');
    expect(script).toContain('setTimeout(() => send(Buffer.from("AAEC", \'base64\')), 120);');
    expect(script).toContain('setTimeout(() => ws.close(1000), 1120); // the check did not close it; stop listening');
  });

  it('closes as the check did, and leaves out headers it had none of', () => {
    const script = toWsScript({ ...connection, headers: {}, protocols: [], sends: [], close: { afterMs: 50, code: 4000, reason: 'bye' } });
    expect(script).toContain('new WebSocket("ws://127.0.0.1:4321/chat?room=1", []);');
    expect(script).toContain('setTimeout(() => ws.close(4000, "bye"), 50);');
  });

  it('is valid JavaScript whatever the messages hold', () => {
    const script = toWsScript(connection);
    // Syntax only: an ES module body compiled, not run (no connection is made).
    const body = script.replace("import WebSocket from 'ws';", 'const WebSocket = class {};');
    expect(() => new Function(body)).not.toThrow();
  });
});
