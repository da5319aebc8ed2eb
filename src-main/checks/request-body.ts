/**
 * Turns a request's body options (json, text, form or a raw body) into the bytes and the
 * content-type header that go on the wire. A content-type the author set is never overridden.
 */
import type { FormFields, RequestOptions } from './tester-api.js';

export interface EncodedRequest {
  headers: Record<string, string>;
  body?: string;
}

/** `{ tag: ['a', 'b'], done: true }` → `tag=a&tag=b&done=true`, as an HTML form would send it. */
export function encodeForm(fields: FormFields): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) params.append(name, String(item));
  }
  return params.toString();
}

type BodyOption = 'json' | 'text' | 'form' | 'body';
const BODY_OPTIONS: readonly BodyOption[] = ['json', 'text', 'form', 'body'];

function encode(options: RequestOptions, kind: BodyOption): { contentType?: string; body: string } {
  switch (kind) {
    case 'json':
      return { contentType: 'application/json', body: JSON.stringify(options.json) };
    case 'text':
      return { contentType: 'text/plain; charset=utf-8', body: options.text ?? '' };
    case 'form':
      return { contentType: 'application/x-www-form-urlencoded', body: encodeForm(options.form ?? {}) };
    case 'body':
      return { body: options.body ?? '' };
  }
}

export function encodeRequest(options: RequestOptions): EncodedRequest {
  const headers = { ...options.headers };
  const given = BODY_OPTIONS.filter((kind) => options[kind] !== undefined);
  if (given.length > 1) throw new Error(`A request takes one body, but this one has ${given.join(' and ')}: keep one of them.`);
  const [kind] = given;
  if (kind === undefined) return { headers };
  const { contentType, body } = encode(options, kind);
  const hasContentType = Object.keys(headers).some((name) => name.toLowerCase() === 'content-type');
  if (contentType !== undefined && !hasContentType) headers['content-type'] = contentType;
  return { headers, body };
}
