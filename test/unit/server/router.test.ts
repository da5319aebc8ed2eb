import { describe, expect, it } from 'vitest';
import { HttpError } from '../../../src-main/server/http/http-error.js';
import { Router } from '../../../src-main/server/http/router.js';

describe('Router', () => {
  const handler = () => undefined;
  const router = new Router().add('GET', /^\/api\/lessons\/(?<id>[a-z0-9-]+\/[a-z0-9-]+)$/, handler);

  it('matches method and path and decodes params', () => {
    expect(router.match('GET', '/api/lessons/crud/01-x')).toEqual({ handler, params: { id: 'crud/01-x' } });
  });

  it('tells a wrong method from an unknown path', () => {
    expect(router.match('DELETE', '/api/lessons/crud/01-x')).toBe('method-not-allowed');
    expect(router.match('GET', '/api/nothing')).toBeUndefined();
  });

  it('answers a badly encoded param with a 400, not a crash', () => {
    const loose = new Router().add('GET', /^\/x\/(?<p>.+)$/, handler);
    expect(() => loose.match('GET', '/x/%E0%A4%A')).toThrow(HttpError);
  });
});
