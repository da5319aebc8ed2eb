import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { HttpExchange } from '../../../src-main/contract/api.js';
import { createHttpResponse, type RawResponse } from '../../../src-main/checks/http-response.js';
import { failureOf } from './failure-of.js';

function respond(raw: Partial<RawResponse>) {
  const exchange: HttpExchange = { kind: 'http', request: { method: 'GET', url: 'http://127.0.0.1:1/todos/7', headers: {} }, curl: 'curl' };
  const response = createHttpResponse({ status: 200, headers: {}, setCookies: [], text: '', durationMs: 1, ...raw }, exchange, 'GET /todos/7', '/todos/7');
  return { response, exchange };
}

const json = (value: unknown): Partial<RawResponse> => ({ headers: { 'content-type': 'application/json; charset=utf-8' }, text: JSON.stringify(value) });

describe('expectStatus', () => {
  it('passes a matching status and chains', () => {
    const { response } = respond({ status: 404 });
    expect(response.expectStatus([400, 404])).toBe(response);
  });

  it('says what came back and what was expected, and notes it on the exchange', () => {
    const { response, exchange } = respond({ status: 200 });
    expect(failureOf(() => response.expectStatus(404))).toBe('GET /todos/7 answered 200 OK, expected 404 Not Found.');
    expect(exchange.expected).toBe('status 404 Not Found');
  });

  it("recognises Express's own not-found page", () => {
    const { response } = respond({ status: 404, text: '<pre>Cannot GET /todos/7</pre>' });
    expect(failureOf(() => response.expectStatus(200))).toMatch(/expected 200 OK\. That is Express's own "not found" answer: no route matches/);
  });

  it('points at the server output for a 500', () => {
    const { response } = respond({ status: 500 });
    expect(failureOf(() => response.expectStatus(201))).toMatch(/answered 500 Internal Server Error, expected 201 Created\. A 500 usually means the route threw/);
  });
});

describe('expectHeader', () => {
  it('matches by substring or pattern', () => {
    const { response } = respond(json({}));
    expect(() => response.expectHeader('Content-Type', 'application/json').expectHeader('content-type', /charset=utf-8/)).not.toThrow();
  });

  it('reports a missing or different header', () => {
    expect(failureOf(() => respond({}).response.expectHeader('content-type', 'application/json'))).toBe(
      'GET /todos/7 answered without a content-type header, expected one containing "application/json".',
    );
    const { response, exchange } = respond({ headers: { 'content-type': 'text/html' } });
    expect(failureOf(() => response.expectHeader('content-type', 'application/json'))).toBe(
      'GET /todos/7 answered with content-type: text/html, expected it containing "application/json".',
    );
    expect(exchange.expected).toBe('a content-type header containing "application/json"');
  });
});

describe('json and expectJson', () => {
  const Todo = z.object({ id: z.number(), title: z.string() });

  it('returns the parsed, validated value', () => {
    const { response } = respond(json({ id: 7, title: 'Walk', extra: 1 }));
    expect(response.expectJson(Todo)).toEqual({ id: 7, title: 'Walk' });
    expect(response.json()).toEqual({ id: 7, title: 'Walk', extra: 1 });
  });

  it('reports an empty or non-JSON body', () => {
    expect(failureOf(() => respond({ text: '' }).response.json())).toBe('GET /todos/7 answered with an empty body, expected JSON.');
    expect(failureOf(() => respond({ text: 'Not found' }).response.json())).toBe('GET /todos/7 answered with a body that is not JSON: "Not found".');
  });

  it('lists where the JSON differs from the schema', () => {
    const { response, exchange } = respond(json([{ id: '7' }]));
    expect(failureOf(() => response.expectJson(z.array(Todo), 'an array of todos'))).toBe(
      [
        'The JSON from GET /todos/7 is not an array of todos:',
        '  - [0].id: Invalid input: expected number, received string',
        '  - [0].title: Invalid input: expected string, received undefined',
      ].join('\n'),
    );
    expect(exchange.expected).toBe('an array of todos');
    expect(failureOf(() => respond(json('hi')).response.expectJson(Todo))).toMatch(/^The JSON from GET \/todos\/7 is not the expected shape:\n {2}- the body: Invalid input: expected object, received string$/);
  });
});
