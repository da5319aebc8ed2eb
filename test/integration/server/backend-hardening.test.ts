/**
 * The backend against a hostile client on this machine: every route needs the token, every
 * answer keeps it secret, file serving stays inside its folders, big bodies and slow clients are
 * cut off, and the learner's server never shares the backend's port or listens beyond loopback.
 */
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { rawRequest, useBackend, type TestBackend } from '../../support/backend.js';
import { listensBeyondLoopback } from '../../support/listening-sockets.js';
import { useTempDir } from '../../support/temp-dir.js';

const tempDir = useTempDir();
const startBackend = useBackend();
const LESSON = 'crud/01-first-endpoints';

/** Every API route, as method + path, with a body where it takes one. */
function everyRoute(stepId: string): { method: string; path: string; body?: string }[] {
  return [
    { method: 'GET', path: '/api/lessons' },
    { method: 'GET', path: `/api/lessons/${LESSON}` },
    { method: 'PUT', path: `/api/lessons/${LESSON}/files/server.ts`, body: '{"content":"x"}' },
    { method: 'POST', path: `/api/lessons/${LESSON}/checks`, body: JSON.stringify({ stepId }) },
    { method: 'POST', path: `/api/lessons/${LESSON}/server/stop` },
    { method: 'POST', path: `/api/lessons/${LESSON}/database/reset` },
    { method: 'GET', path: '/api/progress' },
    { method: 'GET', path: '/api/settings' },
    { method: 'PUT', path: '/api/settings/theme', body: '{"value":"dark"}' },
    { method: 'GET', path: '/api/sandbox' },
  ];
}

function send(backend: TestBackend, route: { method: string; path: string; body?: string }, headers: Record<string, string> = {}) {
  return rawRequest(backend.port, {
    ...route,
    headers: { host: `127.0.0.1:${backend.port}`, 'content-type': 'application/json', ...headers },
  });
}

function stepOf(backend: TestBackend): string {
  return backend.services.catalog.find(LESSON)!.steps[0]!.id;
}

describe('backend hardening', () => {
  it('answers 401 on every API route without the token, and changes nothing', async () => {
    const backend = await startBackend(tempDir());
    for (const route of everyRoute(stepOf(backend))) {
      const answer = await send(backend, route);
      expect(answer.status, `${route.method} ${route.path}`).toBe(401);
    }
    const settings = await (await backend.api('/api/settings')).json();
    expect(settings.settings).toEqual({});
  });

  it('answers 403 to a Host that is not loopback with our port: another port, another name, none at all', async () => {
    const backend = await startBackend(tempDir());
    const auth = { authorization: `Bearer ${backend.token}` };
    for (const host of [`127.0.0.1:${backend.port + 1}`, '127.0.0.1', `127.0.0.2:${backend.port}`, `localhost.evil.example:${backend.port}`]) {
      const answer = await rawRequest(backend.port, { path: '/api/lessons', headers: { ...auth, host } });
      expect(answer.status, `Host: ${host}`).toBe(403);
    }
    // HTTP/1.0 may leave Host out entirely; node:http would add one, so this goes over a bare socket.
    const noHost = await new Promise<string>((resolve) => {
      let answer = '';
      const socket = connect(backend.port, '127.0.0.1', () => socket.write(`GET /api/lessons HTTP/1.0\r\nAuthorization: Bearer ${backend.token}\r\n\r\n`));
      socket.on('data', (chunk) => (answer += chunk)).once('close', () => resolve(answer));
    });
    expect(noHost).toMatch(/^HTTP\/1\.1 403 /);
  });

  it('refuses WebSocket upgrades from a foreign Origin, with no Origin, or to a foreign Host', async () => {
    const backend = await startBackend(tempDir());
    const attempts = [
      { origin: 'http://evil.example', host: `127.0.0.1:${backend.port}` },
      { origin: `http://127.0.0.1:${backend.port + 1}`, host: `127.0.0.1:${backend.port}` },
      { origin: undefined, host: `127.0.0.1:${backend.port}` },
      { origin: `http://127.0.0.1:${backend.port}`, host: `evil.example:${backend.port}` },
    ];
    for (const { origin, host } of attempts) {
      const status = await new Promise<number | 'opened'>((resolve) => {
        const ws = new WebSocket(`ws://127.0.0.1:${backend.port}/api/events`, { ...(origin ? { origin } : {}), headers: { host } });
        ws.once('open', () => {
          ws.close();
          resolve('opened');
        });
        ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.once('error', () => resolve(0));
      });
      expect(status, `Origin ${origin}, Host ${host}`).toBe(403);
    }
  });

  it('never puts the token in any answer: routes, errors, static files, pictures, events', async () => {
    const backend = await startBackend(tempDir());
    const events: string[] = [];
    const ws = new WebSocket(`ws://127.0.0.1:${backend.port}/api/events`, { origin: `http://127.0.0.1:${backend.port}` });
    ws.on('message', (data) => events.push(String(data)));
    await new Promise((resolve) => ws.once('open', resolve));
    ws.send(JSON.stringify({ type: 'hello', token: backend.token }));

    const auth = { authorization: `Bearer ${backend.token}` };
    const answers = [];
    for (const route of everyRoute(stepOf(backend))) {
      answers.push(await send(backend, route, auth), await send(backend, route));
    }
    const odd = [
      { method: 'GET', path: '/api/nothing-here' },
      { method: 'DELETE', path: '/api/lessons' },
      { method: 'PUT', path: `/api/lessons/${LESSON}/files/server.ts`, body: '{oops' },
      { method: 'GET', path: '/api/lessons/%E0%A4%A' },
      { method: 'POST', path: '/' },
      { method: 'GET', path: '/' },
      { method: 'GET', path: '/index.html' },
      { method: 'GET', path: '/missing.js' },
      { method: 'GET', path: '/lesson-assets/crud/01-first-endpoints/request-journey.svg' },
      { method: 'GET', path: '/lesson-assets/nothing' },
    ];
    for (const route of odd) answers.push(await send(backend, route, auth));
    ws.close();

    expect(answers.length).toBeGreaterThan(25);
    for (const answer of answers) expect(`${answer.headers}\n${answer.body}`).not.toContain(backend.token);
    for (const event of events) expect(event).not.toContain(backend.token);
    expect(events.length).toBeGreaterThan(1);
  });

  it('answers 404 to path traversal on static files and lesson pictures, in every spelling', async () => {
    const backend = await startBackend(tempDir());
    const headers = { host: `127.0.0.1:${backend.port}` };
    const escapes = ['..%2f..%2fpackage.json', '%2e%2e/%2e%2e/package.json', '..%5c..%5cpackage.json', '%252e%252e/package.json', '%2fetc%2fpasswd', '/etc/passwd', '..%00/package.json', '%c0%ae%c0%ae/package.json'];
    for (const escape of escapes) {
      for (const path of [`/${escape}`, `/assets/${escape}`, `/lesson-assets/${LESSON}/${escape}`, `/lesson-assets/${LESSON}/../../../${escape}`]) {
        const answer = await rawRequest(backend.port, { path, headers });
        expect(answer.status, path).toBe(404);
        expect(answer.body, path).not.toMatch(/backend-sandbox|root:/);
      }
    }
    // The lesson's own files beside assets/ are not pictures.
    expect((await rawRequest(backend.port, { path: `/lesson-assets/${LESSON}/%2e%2e/seed.sql`, headers })).status).toBe(404);
  });

  it('answers 413 to bodies over the limit, declared or streamed without a length', async () => {
    const backend = await startBackend(tempDir());
    const auth = { authorization: `Bearer ${backend.token}` };
    const bigSetting = JSON.stringify({ value: 'x'.repeat(20 * 1024) });
    expect((await send(backend, { method: 'PUT', path: '/api/settings/theme', body: bigSetting }, auth)).status).toBe(413);
    const bigRun = JSON.stringify({ stepId: 'x', padding: 'x'.repeat(3 * 1024 * 1024) });
    expect((await send(backend, { method: 'POST', path: `/api/lessons/${LESSON}/checks`, body: bigRun }, auth)).status).toBe(413);
    // Chunked: no Content-Length to refuse up front, so the limit must hold while reading.
    const chunked = await send(backend, { method: 'PUT', path: `/api/lessons/${LESSON}/files/server.ts`, body: JSON.stringify({ content: 'x'.repeat(3 * 1024 * 1024) }) }, { ...auth, 'transfer-encoding': 'chunked' });
    expect(chunked.status).toBe(413);
  });

  it('cuts off a connection that says nothing, and one that trickles its headers', async () => {
    const backend = await startBackend(tempDir(), undefined, { timeouts: { headersMs: 300, requestMs: 600, keepAliveMs: 200, checkIntervalMs: 50 } });
    const closedAfter = (behave: (socket: ReturnType<typeof connect>) => void) =>
      new Promise<number>((resolve) => {
        const started = performance.now();
        const socket = connect(backend.port, '127.0.0.1');
        socket.on('data', () => undefined);
        socket.once('close', () => resolve(performance.now() - started));
        socket.on('error', () => undefined);
        behave(socket);
      });
    const silent = closedAfter(() => undefined);
    const trickling = closedAfter((socket) => {
      socket.write('GET /api/lessons HTTP/1.1\r\n');
      const timer = setInterval(() => socket.write('X-Slow: yes\r\n'), 50);
      socket.once('close', () => clearInterval(timer));
    });
    const [silentMs, tricklingMs] = await Promise.all([silent, trickling]);
    expect(silentMs).toBeLessThan(3000);
    expect(tricklingMs).toBeLessThan(3000);
  });

  it("keeps the learner's server on its own loopback port, even when it asks for 0.0.0.0", async () => {
    const backend = await startBackend(tempDir());
    const lesson = backend.services.catalog.find(LESSON)!;
    for (const file of lesson.solutionFiles) {
      const content = file.path === lesson.entry ? file.content.replace(/\.listen\(([^,)]+)/, ".listen($1, '0.0.0.0'") : file.content;
      await backend.putDraft(LESSON, file.path, content);
    }
    expect(lesson.solutionFiles.find((file) => file.path === lesson.entry)!.content).toMatch(/\.listen\(/);
    const run = await (await backend.api(`/api/lessons/${LESSON}/checks`, { method: 'POST', body: JSON.stringify({ stepId: stepOf(backend) }) })).json();
    expect(run.passed).toBe(true);

    const learnerPort = backend.services.learnerServers.get(LESSON)!.port;
    expect(learnerPort).not.toBe(backend.port);
    expect(await listensBeyondLoopback(learnerPort)).toBe(false);
    expect(await listensBeyondLoopback(backend.port)).toBe(false);
    const detail = (await (await backend.api(`/api/lessons/${LESSON}`)).json()) as { server: { port: number } };
    expect(detail.server.port).toBe(learnerPort);
  });
});
