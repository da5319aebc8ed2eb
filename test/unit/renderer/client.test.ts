import { describe, expect, it } from 'vitest';
import { ApiRequestError, createApiClient } from '../../../src-renderer/api/client.js';

interface Seen {
  url: string;
  init: RequestInit | undefined;
}

function fakeFetch(respond: (url: string) => Response) {
  const seen: Seen[] = [];
  const fetchImpl = async (url: string, init?: RequestInit) => {
    seen.push({ url, init });
    return respond(url);
  };
  return { seen, fetchImpl };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('API client', () => {
  it('sends the bearer token and parses JSON', async () => {
    const { seen, fetchImpl } = fakeFetch(() => json({ lessons: [], broken: [] }));
    const client = createApiClient('tok', fetchImpl);
    await expect(client.getCatalog()).resolves.toEqual({ lessons: [], broken: [] });
    expect(seen[0]!.url).toBe('/api/lessons');
    expect((seen[0]!.init!.headers as Record<string, string>).Authorization).toBe('Bearer tok');
  });

  it('saves a draft with PUT and a JSON body', async () => {
    const { seen, fetchImpl } = fakeFetch(() => new Response(null, { status: 204 }));
    await createApiClient('tok', fetchImpl).saveFile('crud/a', 'src/x.ts', 'code', { keepalive: true });
    expect(seen[0]!.url).toBe('/api/lessons/crud/a/files/src/x.ts');
    expect(seen[0]!.init).toMatchObject({ method: 'PUT', body: JSON.stringify({ content: 'code' }), keepalive: true });
  });

  it('posts the step id to run checks', async () => {
    const { seen, fetchImpl } = fakeFetch(() => json({ runId: 'r' }));
    await createApiClient('tok', fetchImpl).runChecks('crud/a', 'step-2');
    expect(seen[0]!.url).toBe('/api/lessons/crud/a/checks');
    expect(seen[0]!.init).toMatchObject({ method: 'POST', body: '{"stepId":"step-2"}' });
  });

  it('posts to reset the database, with no body', async () => {
    const { seen, fetchImpl } = fakeFetch(() => new Response(null, { status: 204 }));
    await createApiClient('tok', fetchImpl).resetDatabase('crud/a');
    expect(seen[0]!.url).toBe('/api/lessons/crud/a/database/reset');
    expect(seen[0]!.init).toMatchObject({ method: 'POST', body: undefined });
  });

  it("turns an error answer into the backend's words", async () => {
    const { fetchImpl } = fakeFetch(() => json({ error: 'No such lesson.', issues: [{ path: 'id', message: 'bad' }] }, 404));
    const error = await createApiClient('tok', fetchImpl).getLesson('crud/zzz').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({ message: 'No such lesson.', status: 404, issues: [{ path: 'id', message: 'bad' }] });
  });

  it('describes a non-JSON error by its status', async () => {
    const { fetchImpl } = fakeFetch(() => new Response('oops', { status: 502, statusText: 'Bad Gateway' }));
    await expect(createApiClient('tok', fetchImpl).getProgress()).rejects.toMatchObject({ status: 502, message: 'The app answered 502 Bad Gateway.' });
  });

  it('says so when the backend cannot be reached', async () => {
    const client = createApiClient('tok', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(client.getCatalog()).rejects.toMatchObject({ status: 0 });
  });

  it('fetches the type libraries without the token, relative to the page', async () => {
    const { seen, fetchImpl } = fakeFetch(() => json({ files: [] }));
    await createApiClient('tok', fetchImpl).getLearnerLibraries();
    expect(seen[0]!.url).toBe('types/learner-libs.json');
    expect(seen[0]!.init).toBeUndefined();
  });
});
