/** The backend answers only its own page: token, loopback Host, WebSocket Origin, sane bodies. */
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { permissionModelOnly } from '../../../src-main/sandbox/isolation.js';
import { rawRequest, useBackend } from '../../support/backend.js';
import { useTempDir } from '../../support/temp-dir.js';

const tempDir = useTempDir();
const startBackend = useBackend();

function openSocket(port: number, origin: string): Promise<{ ws: WebSocket; opened: boolean; status?: number }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/api/events`, { origin });
    ws.once('open', () => resolve({ ws, opened: true }));
    ws.once('unexpected-response', (_req, res) => resolve({ ws, opened: false, status: res.statusCode }));
    ws.once('error', () => resolve({ ws, opened: false }));
  });
}

describe('API access', () => {
  it('answers 401 without the token and 200 with it', async () => {
    const backend = await startBackend(tempDir());
    const anonymous = await fetch(`${backend.url}api/lessons`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: expect.stringMatching(/token/) });
    const wrong = await fetch(`${backend.url}api/lessons`, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    const catalog = await backend.api('/api/lessons');
    expect(catalog.status).toBe(200);
    expect((await catalog.json()).lessons.length).toBeGreaterThan(0);
  });

  it('answers 403 to a foreign Host even with the token (DNS rebinding)', async () => {
    const backend = await startBackend(tempDir());
    const headers = { host: `evil.example:${backend.port}`, authorization: `Bearer ${backend.token}` };
    expect((await rawRequest(backend.port, { path: '/api/lessons', headers })).status).toBe(403);
    expect((await rawRequest(backend.port, { path: '/', headers })).status).toBe(403);
    const ok = await rawRequest(backend.port, { path: '/api/lessons', headers: { ...headers, host: `localhost:${backend.port}` } });
    expect(ok.status).toBe(200);
  });

  it('never returns the token in any answer', async () => {
    const backend = await startBackend(tempDir());
    const catalog = await (await backend.api('/api/lessons')).text();
    const lessonId = JSON.parse(catalog).lessons[0].id as string;
    const bodies = [
      catalog,
      await (await backend.api(`/api/lessons/${lessonId}`)).text(),
      await (await backend.api('/api/progress')).text(),
      await (await backend.api('/api/settings')).text(),
      await (await fetch(backend.url)).text(),
      await (await fetch(`${backend.url}api/lessons`)).text(),
    ];
    for (const body of bodies) expect(body).not.toContain(backend.token);
  });

  it('serves the renderer without the token but nothing outside it', async () => {
    const backend = await startBackend(tempDir());
    const page = await fetch(backend.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self';.*connect-src 'self' ws:\/\/127\.0\.0\.1:\d+;.*frame-ancestors 'none'/);
    expect(await page.text()).toContain('test renderer');
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2f..%2fpackage.json']) {
      const res = await rawRequest(backend.port, { path, headers: { host: `127.0.0.1:${backend.port}` } });
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('backend-sandbox');
    }
  });

  it("serves a lesson's pictures without the token, and nothing else from the lesson", async () => {
    const backend = await startBackend(tempDir());
    const picture = await fetch(`${backend.url}lesson-assets/crud/01-first-endpoints/request-journey.svg`);
    expect(picture.status).toBe(200);
    expect(picture.headers.get('content-type')).toBe('image/svg+xml');
    expect(picture.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await picture.text()).toContain('<svg');
    const headers = { host: `127.0.0.1:${backend.port}` };
    for (const path of [
      '/lesson-assets/crud/01-first-endpoints/../solution/server.ts',
      '/lesson-assets/crud/01-first-endpoints/%2e%2e/solution/server.ts',
      '/lesson-assets/crud/01-first-endpoints/..%2fseed.sql',
      '/lesson-assets/crud/99-none/request-journey.svg',
      '/lesson-assets/crud/01-first-endpoints/missing.svg',
    ]) {
      expect((await rawRequest(backend.port, { path, headers })).status, path).toBe(404);
    }
  });

  it('answers bad bodies with clear errors and keeps the draft it had', async () => {
    const backend = await startBackend(tempDir());
    const lessonId = ((await (await backend.api('/api/lessons')).json()).lessons[0].id) as string;
    const detail = await (await backend.api(`/api/lessons/${lessonId}`)).json();
    const file = detail.files[0].path as string;
    expect((await backend.putDraft(lessonId, file, 'kept')).status).toBe(204);

    const notJson = await backend.api(`/api/lessons/${lessonId}/files/${file}`, { method: 'PUT', body: '{oops' });
    expect(notJson.status).toBe(400);
    const wrongShape = await backend.api(`/api/lessons/${lessonId}/files/${file}`, { method: 'PUT', body: '{"content":5}' });
    expect(wrongShape.status).toBe(400);
    expect((await wrongShape.json()).issues[0].path).toBe('content');
    const tooBig = await backend.putDraft(lessonId, file, 'x'.repeat(3 * 1024 * 1024));
    expect(tooBig.status).toBe(413);
    const traversal = await backend.putDraft(lessonId, '..%2F..%2Fevil.ts', 'x');
    expect(traversal.status).toBe(404);
    const unknownFile = await backend.putDraft(lessonId, 'other.ts', 'x');
    expect(unknownFile.status).toBe(404);
    const unknownLesson = await backend.putDraft('crud/99-none', 'server.ts', 'x');
    expect(unknownLesson.status).toBe(404);

    const after = await (await backend.api(`/api/lessons/${lessonId}`)).json();
    expect(after.files[0].content).toBe('kept');
  });

  it('refuses WebSocket upgrades from a foreign Origin, and sockets that do not say hello with the token', async () => {
    const backend = await startBackend(tempDir());
    const foreign = await openSocket(backend.port, 'http://evil.example');
    expect(foreign.opened).toBe(false);
    expect(foreign.status).toBe(403);

    const wrongToken = await openSocket(backend.port, `http://127.0.0.1:${backend.port}`);
    expect(wrongToken.opened).toBe(true);
    const closed = new Promise<number>((resolve) => wrongToken.ws.once('close', (code) => resolve(code)));
    wrongToken.ws.send(JSON.stringify({ type: 'hello', token: 'wrong' }));
    expect(await closed).toBe(4401);

    const good = await openSocket(backend.port, `http://localhost:${backend.port}`);
    const first = new Promise<string>((resolve) => good.ws.once('message', (data) => resolve(data.toString())));
    good.ws.send(JSON.stringify({ type: 'hello', token: backend.token }));
    expect(JSON.parse(await first)).toEqual({ type: 'ready' });
    good.ws.close();
  });

  it('says how learner code is isolated, in plain words, with the reason when it is only the fallback', async () => {
    const fallback = await startBackend(tempDir(), undefined, { isolation: permissionModelOnly('bubblewrap is not installed') });
    const info = await (await fallback.api('/api/sandbox')).json();
    expect(info).toMatchObject({ level: 'permission-model', title: 'Basic isolation (Node permission model)', reason: 'bubblewrap is not installed' });
    expect(info.doesNotProtect.some((line: string) => /network/i.test(line))).toBe(true);

    const detected = await (await (await startBackend(tempDir())).api('/api/sandbox')).json();
    expect(['bubblewrap', 'permission-model']).toContain(detected.level);
    expect(detected.protects.length).toBeGreaterThan(3);
  });
});
