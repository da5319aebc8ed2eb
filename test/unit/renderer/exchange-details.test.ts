/** ExchangeDetails rendered to HTML for each kind of exchange: what the learner reads under "Details". */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { CheckExchange } from '../../../src-main/contract/api.js';
import { ExchangeDetails } from '../../../src-renderer/features/results/ExchangeDetails.js';

/** A WebSocket client to /chat; each test changes what it is about. */
const wsExchange = { kind: 'ws', client: 'client 1', url: 'ws://127.0.0.1:4000/chat', headers: {}, protocols: [], frames: [], script: '' } as const satisfies CheckExchange;

function render(exchange: CheckExchange, index = 0, count = 1): string {
  return renderToStaticMarkup(createElement(ExchangeDetails, { exchange, index, count }));
}

/** The visible text, tags dropped and whitespace folded. */
const text = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, ' ');

describe('ExchangeDetails', () => {
  it('shows an HTTP request, its answer, what was expected and the curl', () => {
    const html = render(
      {
        kind: 'http',
        client: 'bob',
        request: { method: 'GET', url: 'http://127.0.0.1:4000/me', headers: { cookie: 'sid=1' } },
        response: { status: 401, headers: { 'content-type': 'application/json' }, body: '{"error":"no"}', durationMs: 3 },
        expected: 'status 200 OK',
        curl: "curl -i http://127.0.0.1:4000/me -H 'cookie: sid=1'",
      },
      1,
      3,
    );
    expect(text(html)).toContain('2 of 3 Sent by bob GET http://127.0.0.1:4000/me cookie sid=1');
    expect(html).toContain('class="status status-4xx">401<');
    expect(text(html)).toContain('Expected status 200 OK');
    expect(html).toContain('aria-label="Copy curl command"');
  });

  it('shows a WebSocket client: handshake, frames in order with direction, the close, and the replay script', () => {
    const html = render({
      ...wsExchange,
      client: 'ada',
      headers: { cookie: 'sid=a' },
      protocols: ['chat.v1'],
      handshake: { status: 101, headers: { upgrade: 'websocket' }, protocol: 'chat.v1', durationMs: 4 },
      frames: [
        { direction: 'sent', seq: 1, atMs: 10, binary: false, data: 'hello' },
        { direction: 'received', seq: 3, atMs: 12, binary: true, data: 'AAE=' },
      ],
      close: { code: 1008, reason: 'policy', by: 'server' },
      expected: 'a goodbye within 2 s',
      script: "import WebSocket from 'ws';",
    });
    const shown = text(html);
    expect(shown).toContain('WebSocket ada ws://127.0.0.1:4000/chat · subprotocols chat.v1');
    expect(html).toContain('class="status status-2xx">101<');
    expect(shown).toContain('in 4 ms · subprotocol chat.v1');
    expect(shown).toMatch(/→ Sent #1 at 10 ms hello .*← Received #3 at 12 ms · binary, base64 AAE=/);
    expect(shown).toContain('Closed by the server with code 1008 (policy)');
    expect(shown).toContain('Expected a goodbye within 2 s');
    expect(html).toContain('aria-label="Copy WebSocket script"');
    expect(html).toContain('class="body-block script"');
  });

  it('shows a refused upgrade with the answer, and no message list', () => {
    const html = render({
      ...wsExchange,
      handshake: { status: 401, headers: { 'content-type': 'application/json' }, body: '{"error":"log in first"}', durationMs: 2 },
    });
    expect(html).toContain('class="status status-4xx">401<');
    expect(text(html)).toContain('"error": "log in first"');
    expect(html).not.toContain('Messages');
  });

  it('shows a burst: counts per status, each request with its rate-limit headers, and the curl loop', () => {
    const html = render({
      kind: 'burst',
      request: { method: 'GET', url: 'http://127.0.0.1:4000/limited', headers: {} },
      pace: '3 requests, at 10 per second',
      timeline: [
        { index: 0, sentAtMs: 0, status: 200, durationMs: 2, headers: { 'x-ratelimit-remaining': '1' } },
        { index: 1, sentAtMs: 100, status: 200, durationMs: 2, headers: {} },
        { index: 2, sentAtMs: 200, status: 0, durationMs: 0, headers: {} },
      ],
      expected: 'every answer before the check ran out of time',
      curl: 'for i in $(seq 3); do curl … & sleep 0.1; done; wait',
    });
    const shown = text(html);
    expect(shown).toContain('Burst: 3 requests, at 10 per second GET http://127.0.0.1:4000/limited');
    expect(shown).toContain('200 × 2');
    expect(shown).toContain('no answer × 1');
    expect(shown).toContain('1 0 ms 200 2 ms x-ratelimit-remaining: 1');
    expect(shown).toContain('3 200 ms no answer —');
    expect(html).toContain('aria-label="Copy curl loop"');
  });
});
