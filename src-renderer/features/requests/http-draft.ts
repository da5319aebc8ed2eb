/**
 * The HTTP client's form as data: what the learner is writing, turned into the request the
 * backend sends, and back (to resend from history). JSON bodies are checked before sending. Pure.
 */
import type { HttpBody, HttpHistoryEntry, HttpSendRequest } from '../../../src-main/contract/workbench.js';
import { findJsonError } from './json-check.js';

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface NameValueRow {
  name: string;
  value: string;
  enabled: boolean;
}

export type BodyKind = HttpBody['kind'];

export interface HttpDraft {
  method: HttpMethod;
  path: string;
  query: NameValueRow[];
  headers: NameValueRow[];
  bodyKind: BodyKind;
  /** The JSON or text body. */
  bodyText: string;
  contentType: string;
  form: NameValueRow[];
}

export const DEFAULT_TEXT_TYPE = 'text/plain; charset=utf-8';

export function emptyDraft(): HttpDraft {
  return { method: 'GET', path: '/', query: [], headers: [], bodyKind: 'none', bodyText: '', contentType: DEFAULT_TEXT_TYPE, form: [] };
}

export function emptyRow(): NameValueRow {
  return { name: '', value: '', enabled: true };
}

/** Rows that are switched on and named. */
function pairs(rows: readonly NameValueRow[]): { name: string; value: string }[] {
  return rows.filter((row) => row.enabled && row.name.trim() !== '').map((row) => ({ name: row.name.trim(), value: row.value }));
}

export function bodyOf(draft: HttpDraft): HttpBody {
  switch (draft.bodyKind) {
    case 'none':
      return { kind: 'none' };
    case 'json':
      return { kind: 'json', text: draft.bodyText };
    case 'text':
      return { kind: 'text', text: draft.bodyText, contentType: draft.contentType.trim() || DEFAULT_TEXT_TYPE };
    case 'form':
      return { kind: 'form', fields: pairs(draft.form) };
  }
}

export function toSendRequest(draft: HttpDraft): HttpSendRequest {
  const path = draft.path.trim();
  return {
    method: draft.method,
    path: path.startsWith('/') ? path : `/${path}`,
    query: pairs(draft.query),
    headers: pairs(draft.headers),
    body: bodyOf(draft),
  };
}

/** The form again, from what was sent (history). */
export function fromSendRequest(request: HttpHistoryEntry['request']): HttpDraft {
  const rows = (list: readonly { name: string; value: string }[]) => list.map((pair) => ({ ...pair, enabled: true }));
  const draft: HttpDraft = { ...emptyDraft(), method: request.method, path: request.path, query: rows(request.query), headers: rows(request.headers), bodyKind: request.body.kind };
  if (request.body.kind === 'json') draft.bodyText = request.body.text;
  if (request.body.kind === 'text') {
    draft.bodyText = request.body.text;
    draft.contentType = request.body.contentType;
  }
  if (request.body.kind === 'form') draft.form = rows(request.body.fields);
  return draft;
}

/** Why a JSON body is not valid JSON, with its line and column; undefined when it is. */
export function jsonProblem(text: string): string | undefined {
  if (text.trim() === '') return 'The body is empty: write JSON, or choose "None".';
  const error = findJsonError(text);
  return error && `${error.message} (line ${error.line}, column ${error.column})`;
}

/** A draft whose JSON body would be refused by most servers: the learner is asked before it goes. */
export function needsJsonConfirmation(draft: HttpDraft): boolean {
  return draft.bodyKind === 'json' && jsonProblem(draft.bodyText) !== undefined;
}

/** The request line shown in history: `POST /todos?x=1`. */
export function requestLine(request: Pick<HttpSendRequest, 'method' | 'path'> & { query?: { name: string; value: string }[] }): string {
  const query = (request.query ?? []).map((q) => `${encodeURIComponent(q.name)}=${encodeURIComponent(q.value)}`).join('&');
  const joiner = request.path.includes('?') ? '&' : '?';
  return `${request.method} ${request.path}${query ? `${joiner}${query}` : ''}`;
}
