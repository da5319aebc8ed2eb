import { describe, expect, it } from 'vitest';
import { emptyDraft, fromSendRequest, jsonProblem, needsJsonConfirmation, requestLine, toSendRequest, type HttpDraft } from '../../../src-renderer/features/requests/http-draft.js';

const draft = (over: Partial<HttpDraft>): HttpDraft => ({ ...emptyDraft(), ...over });

describe('HTTP client draft', () => {
  it('sends only the rows that are switched on and named, and a path with its slash', () => {
    const request = toSendRequest(
      draft({
        method: 'GET',
        path: 'todos',
        query: [{ name: 'done', value: '1', enabled: true }, { name: 'off', value: 'x', enabled: false }, { name: ' ', value: 'y', enabled: true }],
        headers: [{ name: ' x-trace ', value: 'abc', enabled: true }],
      }),
    );
    expect(request).toEqual({ method: 'GET', path: '/todos', query: [{ name: 'done', value: '1' }], headers: [{ name: 'x-trace', value: 'abc' }], body: { kind: 'none' } });
  });

  it('builds each kind of body', () => {
    expect(toSendRequest(draft({ bodyKind: 'json', bodyText: '{"a":1}' })).body).toEqual({ kind: 'json', text: '{"a":1}' });
    expect(toSendRequest(draft({ bodyKind: 'text', bodyText: 'hi', contentType: ' ' })).body).toEqual({ kind: 'text', text: 'hi', contentType: 'text/plain; charset=utf-8' });
    expect(toSendRequest(draft({ bodyKind: 'form', form: [{ name: 'title', value: 'a b', enabled: true }] })).body).toEqual({ kind: 'form', fields: [{ name: 'title', value: 'a b' }] });
  });

  it('puts a request from history back into the form', () => {
    const sent = { method: 'POST' as const, path: '/todos', query: [{ name: 'q', value: '1' }], headers: [], body: { kind: 'json' as const, text: '{"title":"x"}' }, timeoutMs: 10_000 };
    const again = fromSendRequest(sent);
    expect(again).toMatchObject({ method: 'POST', bodyKind: 'json', bodyText: '{"title":"x"}', query: [{ name: 'q', value: '1', enabled: true }] });
    expect(toSendRequest(again)).toEqual({ method: 'POST', path: '/todos', query: sent.query, headers: [], body: sent.body });
  });

  it('says where a JSON body goes wrong, and asks before sending it', () => {
    expect(jsonProblem('{"a": 1}')).toBeUndefined();
    expect(jsonProblem('  ')).toMatch(/empty/);
    expect(jsonProblem('{\n  "a": }')).toBe('expected a value but found "}" (line 2, column 8)');
    expect(needsJsonConfirmation(draft({ bodyKind: 'json', bodyText: '{' }))).toBe(true);
    expect(needsJsonConfirmation(draft({ bodyKind: 'text', bodyText: '{' }))).toBe(false);
  });

  it('writes the request line with its query', () => {
    expect(requestLine({ method: 'GET', path: '/todos', query: [{ name: 'q', value: 'a b' }] })).toBe('GET /todos?q=a%20b');
    expect(requestLine({ method: 'GET', path: '/todos?x=1', query: [{ name: 'y', value: '2' }] })).toBe('GET /todos?x=1&y=2');
  });
});
