/**
 * The HTTP client: the page describes a request, the backend sends it to the learner's server
 * (started if needed, on its loopback port — never any other address) and answers with the
 * response, the rows it changed and what the server printed meanwhile. Every request is kept in
 * the lesson's history and on its timeline.
 */
import { Agent, STATUS_CODES } from 'node:http';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { z } from 'zod';
import type { HttpRequestRecord } from '../contract/api.js';
import type { HttpBody, HttpResponseView, HttpSendRequestSchema, HttpSendResult } from '../contract/workbench.js';
import { toCurl } from '../checks/curl.js';
import { describeSendError } from '../checks/send-error-message.js';
import { send } from '../checks/send-request.js';
import type { Lesson } from '../lessons/lesson.js';
import type { LearnerServers } from '../server/learner-servers.js';
import type { LessonQueue } from '../server/lesson-queue.js';
import type { HttpHistoryStore } from '../store/http-history-store.js';
import { ActivityWatch } from './activity-watch.js';
import { noChanges } from './change-tracker.js';
import type { LessonDatabases } from './lesson-database.js';
import type { ServerOutputLog } from './server-output-log.js';
import type { Timeline } from './timeline.js';

type SendRequest = z.infer<typeof HttpSendRequestSchema>;

/** The page shows this much of a body; the rest is counted, not sent. */
export const MAX_SHOWN_BODY_CHARS = 256 * 1024;
/** Output printed just before the answer can reach us just after it: wait this long for it. */
const OUTPUT_GRACE_MS = 15;
/** Node frames the body itself; a learner's value for these would break the request. */
const FRAMING_HEADERS = new Set(['content-length', 'transfer-encoding', 'connection']);

export interface HttpProxyParts {
  learnerServers: LearnerServers;
  queue: LessonQueue;
  databases: LessonDatabases;
  outputLog: ServerOutputLog;
  timeline: Timeline;
  history: HttpHistoryStore;
}

export class HttpProxy {
  constructor(private readonly parts: HttpProxyParts) {}

  send(lesson: Lesson, request: SendRequest): Promise<HttpSendResult> {
    return this.parts.queue.run(lesson.id, () => this.sendNow(lesson, request));
  }

  private async sendNow(lesson: Lesson, request: SendRequest): Promise<HttpSendResult> {
    const startedAt = Date.now();
    const ensured = await this.parts.learnerServers.ensureCurrent(lesson);
    if (!ensured.ok) {
      const id = this.parts.history.add(lesson.id, request, { error: ensured.failure.message });
      return { id, url: '', curl: '', serverFailure: ensured.failure, changes: noChanges(), output: [], timelineId: '' };
    }
    // The origin is always the learner's own port; the path is appended to it, never resolved against it.
    const url = new URL(`http://127.0.0.1:${ensured.server.port}${withQuery(request.path, request.query)}`);
    const { headers, body } = outgoing(request);
    const recorded: HttpRequestRecord = { method: request.method, url: url.href, headers, ...(body === undefined ? {} : { body }) };
    const curl = toCurl(recorded);

    const watch = new ActivityWatch(lesson, this.parts.databases, this.parts.outputLog);
    const agent = new Agent({ keepAlive: false });
    let response: HttpResponseView | undefined;
    let error: HttpSendResult['error'];
    try {
      // Content-Length on the wire, not in the record: curl works it out itself.
      const framed = body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) };
      response = toView(await send({ url, method: request.method, headers: framed, body, agent, timeoutMs: request.timeoutMs, signal: AbortSignal.timeout(request.timeoutMs + 1000) }));
    } catch (failure) {
      const code = failure instanceof Error && 'code' in failure ? String(failure.code) : 'error';
      error = { code, message: describeSendError(failure, `${request.method} ${request.path}`, url, request.timeoutMs).message };
    } finally {
      agent.destroy();
    }
    await sleep(OUTPUT_GRACE_MS);
    const activity = watch.next();

    const id = this.parts.history.add(lesson.id, request, response
      ? { status: response.status, durationMs: Math.round(response.durationMs), size: response.size }
      : { error: error!.message });
    const timelineId = randomUUID();
    this.parts.timeline.add({
      id: timelineId,
      lessonId: lesson.id,
      source: { kind: 'http-client', historyId: id },
      startedAt,
      durationMs: Date.now() - startedAt,
      exchanges: [{ kind: 'http', request: recorded, curl, ...(response ? { response: { status: response.status, headers: response.headers, body: response.body, durationMs: Math.round(response.durationMs) } } : {}) }],
      ...activity,
    });
    return { id, url: url.href, curl, ...(response ? { response } : { error }), ...activity, timelineId };
  }
}

function withQuery(path: string, query: SendRequest['query']): string {
  if (query.length === 0) return path;
  const extra = new URLSearchParams(query.map(({ name, value }) => [name, value])).toString();
  return `${path}${path.includes('?') ? '&' : '?'}${extra}`;
}

/** The learner's headers (repeated names joined, as HTTP allows) plus the body's content type unless they set one. */
function outgoing(request: SendRequest): { headers: Record<string, string>; body?: string } {
  const headers: Record<string, string> = {};
  for (const { name, value } of request.headers) {
    const key = name.toLowerCase();
    if (FRAMING_HEADERS.has(key)) continue;
    headers[key] = key in headers ? `${headers[key]}, ${value}` : value;
  }
  const encoded = encodeBody(request.body);
  if (!encoded) return { headers };
  headers['content-type'] ??= encoded.contentType;
  return { headers, body: encoded.body };
}

function encodeBody(body: HttpBody): { body: string; contentType: string } | undefined {
  switch (body.kind) {
    case 'none':
      return undefined;
    case 'json':
      return { body: body.text, contentType: 'application/json' };
    case 'text':
      return { body: body.text, contentType: body.contentType };
    case 'form':
      return { body: new URLSearchParams(body.fields.map(({ name, value }) => [name, value])).toString(), contentType: 'application/x-www-form-urlencoded' };
  }
}

function toView(raw: { status: number; headers: Record<string, string>; text: string; durationMs: number }): HttpResponseView {
  const declared = Number(raw.headers['content-length']);
  return {
    status: raw.status,
    statusText: STATUS_CODES[raw.status] ?? '',
    headers: raw.headers,
    body: raw.text.length > MAX_SHOWN_BODY_CHARS ? raw.text.slice(0, MAX_SHOWN_BODY_CHARS) : raw.text,
    bodyTruncated: raw.text.length > MAX_SHOWN_BODY_CHARS,
    size: Number.isInteger(declared) && declared >= 0 ? declared : Buffer.byteLength(raw.text),
    durationMs: Math.round(raw.durationMs * 100) / 100,
  };
}
