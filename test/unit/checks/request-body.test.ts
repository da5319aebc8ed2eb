import { describe, expect, it } from 'vitest';
import { encodeForm, encodeRequest } from '../../../src-main/checks/request-body.js';

describe('encodeForm', () => {
  it('encodes fields as an HTML form does, repeating a field for each item of an array', () => {
    expect(encodeForm({ user: 'ada lovelace', password: 'p&ss=1/2', remember: true, age: 36, tag: ['a', 'b'] })).toBe(
      'user=ada+lovelace&password=p%26ss%3D1%2F2&remember=true&age=36&tag=a&tag=b',
    );
    expect(new URLSearchParams(encodeForm({ note: 'é ✓ +' })).get('note')).toBe('é ✓ +');
  });
});

describe('encodeRequest', () => {
  it('gives each kind of body its content-type', () => {
    expect(encodeRequest({ json: { a: 1 } })).toEqual({ headers: { 'content-type': 'application/json' }, body: '{"a":1}' });
    expect(encodeRequest({ text: 'hi' })).toEqual({ headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'hi' });
    expect(encodeRequest({ form: { a: '1' } })).toEqual({ headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1' });
    expect(encodeRequest({ body: 'raw' })).toEqual({ headers: {}, body: 'raw' });
    expect(encodeRequest({ headers: { 'x-a': '1' } })).toEqual({ headers: { 'x-a': '1' } });
  });

  it("keeps the author's own content-type, whatever its case", () => {
    expect(encodeRequest({ json: [], headers: { 'Content-Type': 'application/vnd.api+json' } })).toEqual({ headers: { 'Content-Type': 'application/vnd.api+json' }, body: '[]' });
  });

  it('sends JSON null, which is a body, unlike no json at all', () => {
    expect(encodeRequest({ json: null }).body).toBe('null');
  });

  it('refuses two bodies at once', () => {
    expect(() => encodeRequest({ json: {}, form: {} })).toThrow('A request takes one body, but this one has json and form: keep one of them.');
  });
});
