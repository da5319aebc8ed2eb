/**
 * The HTTP client through a real backend to a real sandboxed learner server: the answer, the rows
 * it wrote, what the server printed, the history, and the timeline — for checks too.
 */
import { describe, expect, it } from 'vitest';
import type { CheckRun } from '../../../src-main/contract/api.js';
import type { HttpHistoryResponse, HttpSendResult, TimelineResponse } from '../../../src-main/contract/workbench.js';
import { useBackend } from '../../support/backend.js';
import { useTempDir } from '../../support/temp-dir.js';
import { LESSON, lessonApi } from './lesson-api.js';
import { listenToEvents } from '../../support/events.js';
import { useWorkbenchServer } from './learner-server.js';

const tempDir = useTempDir();
const startBackend = useBackend();

describe('HTTP client', () => {
  it('sends to the learner server and answers with the response, the rows written and the output', async () => {
    const backend = await startBackend(tempDir());
    await useWorkbenchServer(backend);
    const api = lessonApi(backend);
    const listener = await listenToEvents(backend);

    const list = await api.json<HttpSendResult>('POST', 'http', { method: 'GET', path: '/todos' });
    expect(list.response).toMatchObject({ status: 200, statusText: 'OK', bodyTruncated: false });
    expect(JSON.parse(list.response!.body)).toHaveLength(5);
    expect(list.response!.size).toBe(Buffer.byteLength(list.response!.body));
    expect(list.changes.tables).toEqual([]);
    expect(list.output.map((chunk) => chunk.text).join('')).toContain('got GET /todos');
    expect(list.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/todos$/);

    const created = await api.json<HttpSendResult>('POST', 'http', { method: 'POST', path: '/todos', body: { kind: 'json', text: '{"title":"from the client"}' } });
    expect(created.response?.status).toBe(201);
    expect(created.changes.tables).toMatchObject([{ table: 'todos', inserted: 1, updated: 0, deleted: 0, rows: [{ key: [6], after: [6, 'from the client', 0] }] }]);
    expect(created.curl).toBe(`curl -i ${created.url} -H 'content-type: application/json' --data-raw '{"title":"from the client"}'`);
    expect(created.output.map((chunk) => chunk.text).join('')).toContain('got POST /todos');

    await expect.poll(() => listener.events.filter((event) => event.type === 'timeline.entry').length).toBe(2);
    expect(listener.events).toContainEqual(expect.objectContaining({ type: 'database.changed', source: 'http-client' }));
    const { entries } = await api.json<TimelineResponse>('GET', 'timeline', undefined);
    expect(entries.map((entry) => entry.source)).toEqual([{ kind: 'http-client', historyId: list.id }, { kind: 'http-client', historyId: created.id }]);
    expect(entries[1]!.exchanges[0]).toMatchObject({ request: { method: 'POST' }, response: { status: 201 } });

    const history = await api.json<HttpHistoryResponse>('GET', 'http/history', undefined);
    expect(history.entries.map((entry) => [entry.request.method, entry.status])).toEqual([['POST', 201], ['GET', 200]]);
    expect(history.entries[0]!.request.body).toEqual({ kind: 'json', text: '{"title":"from the client"}' });
    expect((await api.call('DELETE', 'http/history')).status).toBe(204);
    expect((await api.json<HttpHistoryResponse>('GET', 'http/history', undefined)).entries).toEqual([]);
    listener.close();
  });

  it('sends query, headers and form bodies, and stays on the learner server', async () => {
    const backend = await startBackend(tempDir());
    await useWorkbenchServer(backend);
    const api = lessonApi(backend);
    const echo = await api.json<HttpSendResult>('POST', 'http', {
      method: 'GET', path: '/echo?a=1', query: [{ name: 'b', value: 'two words' }], headers: [{ name: 'X-Test', value: 'yes' }],
    });
    expect(JSON.parse(echo.response!.body)).toEqual({ header: 'yes', query: { a: '1', b: 'two words' } });
    const form = await api.json<HttpSendResult>('POST', 'http', { method: 'POST', path: '/form', body: { kind: 'form', fields: [{ name: 'x', value: 'a&b=c' }] } });
    expect(JSON.parse(form.response!.body)).toEqual({ x: 'a&b=c' });

    for (const path of ['//evil.example/x', 'http://evil.example/', '/a b']) {
      expect((await api.call('POST', 'http', { method: 'GET', path })).status).toBe(400);
    }
    expect((await api.call('POST', 'http', { method: 'GET', path: '/', headers: [{ name: 'X-Bad', value: 'a\r\nInjected: 1' }] })).status).toBe(400);
  });

  it('says why when the learner server cannot start or does not answer', async () => {
    const backend = await startBackend(tempDir());
    const api = lessonApi(backend);
    await backend.putDraft(LESSON, 'server.ts', 'const x = ;\n');
    const broken = await api.json<HttpSendResult>('POST', 'http', { method: 'GET', path: '/' });
    expect(broken.serverFailure?.reason).toBe('syntax');

    await backend.putDraft(LESSON, 'server.ts', "import express from 'express';\nconst app = express();\napp.get('/slow', () => {});\napp.listen(Number(process.env.PORT));\n");
    const silent = await api.json<HttpSendResult>('POST', 'http', { method: 'GET', path: '/slow', timeoutMs: 300 });
    expect(silent.error).toMatchObject({ code: 'timeout' });
    expect(silent.error?.message).toMatch(/did not answer/);
  });

  it('puts each check on the timeline with the rows it changed', async () => {
    const backend = await startBackend(tempDir());
    const lesson = backend.services.catalog.find(LESSON)!;
    for (const file of lesson.solutionFiles) await backend.putDraft(LESSON, file.path, file.content);
    const api = lessonApi(backend);
    const run = await api.json<CheckRun>('POST', 'checks', { stepId: lesson.steps.at(-1)!.id });
    expect(run.passed).toBe(true);
    const { entries } = await api.json<TimelineResponse>('GET', 'timeline', undefined);
    expect(entries).toHaveLength(run.results.length);
    expect(entries.map((entry) => entry.source)).toEqual(run.results.map((result) =>
      ({ kind: 'check', runId: run.runId, checkId: result.id, name: result.name, status: 'passed' })));
    const writing = entries.filter((entry) => entry.changes.tables.some((table) => table.inserted > 0));
    expect(writing.length).toBeGreaterThan(0);
    expect(writing.every((entry) => entry.exchanges.some((exchange) => exchange.kind === 'http' && exchange.request.method === 'POST'))).toBe(true);
  });
});
