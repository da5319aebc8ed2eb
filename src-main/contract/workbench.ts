/**
 * The workbench contract: the database inspector, the HTTP and WebSocket clients that talk to the
 * learner's server, and the timeline of what each request did. Every route lives under
 * `/api/lessons/<track>/<lesson>/` and works on that lesson's own database and server only.
 *
 * Routes (`…` = `/api/lessons/<track>/<lesson>`; `<table>` is URI-encoded):
 *
 * Database inspector
 * - GET  …/database/schema                      → DbSchema (tables with row counts, columns, keys, indexes)
 * - POST …/database/tables/<table>/page          DbPageRequest → DbPage (keyset pagination)
 * - POST …/database/tables/<table>/cell          DbCellRequest → DbCellResponse (one full value)
 * - POST …/database/tables/<table>/rows          DbInsertRequest → DbRowResponse (201)
 * - PATCH …/database/tables/<table>/rows         DbUpdateRequest → DbRowResponse
 * - POST …/database/tables/<table>/rows/delete   DbDeleteRequest → DbDeleteResponse
 * - GET  …/database/tables/<table>/export?format=csv|json   → the file (text/csv or application/json)
 * - POST …/database/sql                          SqlRunRequest → SqlRunResult
 * - POST …/database/sql/export                   SqlExportRequest → the file
 * - GET  …/database/sql/history                  → SqlHistoryResponse
 * - POST …/database/reset                        (existing) re-seeds the database → 204
 *
 * HTTP client (the backend sends the request to the learner's server, starting it if needed)
 * - POST   …/http            HttpSendRequest → HttpSendResult
 * - GET    …/http/history    → HttpHistoryResponse (newest first)
 * - DELETE …/http/history    → 204
 *
 * WebSocket client (the backend holds the socket; traffic arrives as `ws.*` events)
 * - POST …/ws                          WsOpenRequest → WsClientState (201, once open)
 * - GET  …/ws                          → WsClientsResponse (open and recently closed clients)
 * - POST …/ws/<clientId>/send          WsSendRequest → 204
 * - POST …/ws/<clientId>/close         WsCloseRequest → 204
 *
 * Timeline
 * - GET  …/timeline                    → TimelineResponse (newest last); new entries arrive as `timeline.entry`
 *
 * Request bodies are zod schemas (the backend validates them); responses are plain types.
 */
import { z } from 'zod';
import type { CheckExchange, ServerFailure } from './api.js';

// ───────────────────────────── values ─────────────────────────────

/** A BLOB, base64-encoded. */
export interface DbBlob {
  type: 'blob';
  base64: string;
  /** Bytes. */
  size: number;
}

/** An INTEGER beyond ±2^53, which a JSON number would round. */
export interface DbBigInt {
  type: 'bigint';
  value: string;
}

/**
 * One SQLite value as JSON. NULL is `null`; the empty string is `""`; REAL and INTEGER (within
 * ±2^53) are numbers; TEXT is a string.
 */
export type DbValue = null | number | string | DbBlob | DbBigInt;

/** A long TEXT or BLOB cut for a page or a result; fetch the whole value with the cell route. */
export interface DbTruncated {
  type: 'truncated';
  of: 'text' | 'blob';
  /** The first characters (text) or the first bytes, base64 (blob). */
  preview: string;
  /** Characters (text) or bytes (blob) of the whole value. */
  size: number;
}

export type DbCell = DbValue | DbTruncated;

/** A value the learner types into a cell or a new row. */
export const DbValueInputSchema = z.union([
  z.null(),
  z.number(),
  z.string().max(8 * 1024 * 1024),
  z.object({ type: z.literal('blob'), base64: z.base64().max(8 * 1024 * 1024) }),
  z.object({ type: z.literal('bigint'), value: z.string().regex(/^-?\d{1,19}$/) }),
]);
export type DbValueInput = z.infer<typeof DbValueInputSchema>;

// ───────────────────────────── schema ─────────────────────────────

export interface DbColumn {
  name: string;
  /** The declared type as written, e.g. "INTEGER", "" when none. */
  type: string;
  notNull: boolean;
  /** The DEFAULT expression as SQL text, or null. */
  defaultValue: string | null;
  /** 0 when not part of the primary key, else its 1-based position in it. */
  primaryKey: number;
  /** A generated column (read-only). */
  generated: boolean;
}

export interface DbForeignKey {
  /** The columns of this table, in order. */
  columns: string[];
  table: string;
  /** The referenced columns; empty means the referenced table's primary key. */
  to: string[];
  onUpdate: string;
  onDelete: string;
}

export interface DbIndex {
  name: string;
  unique: boolean;
  /** 'c' = CREATE INDEX, 'u' = UNIQUE constraint, 'pk' = PRIMARY KEY. */
  origin: 'c' | 'u' | 'pk';
  columns: string[];
  partial: boolean;
}

export interface DbTable {
  name: string;
  kind: 'table' | 'view';
  /** The CREATE statement. */
  sql: string;
  /** null for views (counting one could run any query). */
  rowCount: number | null;
  /**
   * The columns that identify a row in pages, edits, deletes and diffs: `["rowid"]` (or `_rowid_`,
   * `oid` when a column shadows it) for ordinary tables, the primary key for WITHOUT ROWID
   * tables, empty for views (which cannot be paged or edited).
   */
  key: string[];
  withoutRowid: boolean;
  columns: DbColumn[];
  foreignKeys: DbForeignKey[];
  indexes: DbIndex[];
}

export interface DbSchema {
  /** Tables, then views, by name; SQLite's own `sqlite_*` tables are left out. */
  tables: DbTable[];
}

// ───────────────────────────── browsing ─────────────────────────────

export const DbFilterOpSchema = z.enum(['=', '!=', '<', '<=', '>', '>=', 'contains', 'like', 'is-null', 'not-null']);
export type DbFilterOp = z.infer<typeof DbFilterOpSchema>;

export const DbFilterSchema = z.object({
  column: z.string().min(1).max(200),
  op: DbFilterOpSchema,
  /** Ignored by is-null / not-null. `contains` matches a substring literally (no wildcards). */
  value: DbValueInputSchema.optional(),
});
export type DbFilter = z.infer<typeof DbFilterSchema>;

export const DbPageRequestSchema = z.object({
  /** Default: the row key (rowid), ascending. NULLs sort first ascending, last descending. */
  sort: z.object({ column: z.string().min(1).max(200), direction: z.enum(['asc', 'desc']) }).optional(),
  /** ANDed together. */
  filters: z.array(DbFilterSchema).max(20).default([]),
  /** `nextCursor` of the previous page; absent for the first page. */
  after: z.string().max(64 * 1024).optional(),
  limit: z.number().int().min(1).max(1000).default(100),
});
export type DbPageRequest = z.input<typeof DbPageRequestSchema>;

export interface DbRow {
  /** Values of the table's `key` columns: what edits and deletes name the row by. */
  key: DbValue[];
  /** One cell per column of `DbPage.columns`. */
  values: DbCell[];
}

export interface DbPage {
  table: string;
  columns: string[];
  key: string[];
  rows: DbRow[];
  /** Pass as `after` for the next page; absent on the last page. */
  nextCursor?: string;
  durationMs: number;
}

export const DbRowKeySchema = z.array(DbValueInputSchema).min(1).max(64);

export const DbCellRequestSchema = z.object({ key: DbRowKeySchema, column: z.string().min(1).max(200) });
export type DbCellRequest = z.infer<typeof DbCellRequestSchema>;
export interface DbCellResponse {
  value: DbValue;
}

// ───────────────────────────── editing ─────────────────────────────

export const DbInsertRequestSchema = z.object({
  /** Column → value; columns left out get their DEFAULT. */
  values: z.record(z.string().min(1).max(200), DbValueInputSchema),
});
export type DbInsertRequest = z.infer<typeof DbInsertRequestSchema>;

export const DbUpdateRequestSchema = z.object({
  key: DbRowKeySchema,
  column: z.string().min(1).max(200),
  value: DbValueInputSchema,
});
export type DbUpdateRequest = z.infer<typeof DbUpdateRequestSchema>;

/** The row as stored after the insert or edit (its key may have changed). */
export interface DbRowResponse {
  columns: string[];
  row: DbRow;
  changes: DbChanges;
}

export const DbDeleteRequestSchema = z.object({ keys: z.array(DbRowKeySchema).min(1).max(10_000) });
export type DbDeleteRequest = z.infer<typeof DbDeleteRequestSchema>;
export interface DbDeleteResponse {
  deleted: number;
  changes: DbChanges;
}

// ───────────────────────────── SQL console ─────────────────────────────

export const SqlRunRequestSchema = z.object({
  /** One or more statements separated by `;`. They run in one transaction: all or nothing. */
  sql: z.string().min(1).max(100_000),
  /** Rows kept per statement; more are counted as cut (`truncated`). */
  maxRows: z.number().int().min(1).max(10_000).default(1000),
});
export type SqlRunRequest = z.input<typeof SqlRunRequestSchema>;

/** One node of an `EXPLAIN QUERY PLAN` tree. */
export interface PlanNode {
  id: number;
  parent: number;
  detail: string;
  children: PlanNode[];
}

export interface SqlStatementResult {
  index: number;
  sql: string;
  /** Empty for statements that return no rows. */
  columns: string[];
  rows: DbCell[][];
  /** More rows existed than `maxRows`; they were not read. */
  truncated: boolean;
  /** Rows written, for INSERT / UPDATE / DELETE. */
  changes: number;
  lastInsertRowid?: number | string;
  /** Present when the statement was `EXPLAIN QUERY PLAN …`. */
  plan?: PlanNode[];
  durationMs: number;
}

export interface SqlErrorPosition {
  /** 0-based index of the failing statement. */
  statementIndex: number;
  /** Offset into the whole text, and its 1-based line and column: the token SQLite names ("near …") if any, else the statement's start. */
  offset: number;
  line: number;
  column: number;
}

export interface SqlError extends SqlErrorPosition {
  message: string;
  /** SQLite's code, e.g. SQLITE_ERROR, SQLITE_CONSTRAINT_UNIQUE. */
  code?: string;
}

export interface SqlRunResult {
  ok: boolean;
  /** The statements that ran; when one failed, everything was rolled back and these are what they returned before. */
  statements: SqlStatementResult[];
  error?: SqlError;
  /** What the run changed (empty when it failed: it was rolled back). */
  changes: DbChanges;
  durationMs: number;
}

export const SqlExportRequestSchema = z.object({
  /** One statement that only reads. */
  sql: z.string().min(1).max(100_000),
  format: z.enum(['csv', 'json']),
});
export type SqlExportRequest = z.infer<typeof SqlExportRequestSchema>;
export const ExportFormatSchema = z.enum(['csv', 'json']);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

export interface SqlHistoryEntry {
  id: number;
  sql: string;
  ranAt: string;
  ok: boolean;
  durationMs: number;
  error?: string;
}
export interface SqlHistoryResponse {
  /** Newest first, at most 200 per lesson. */
  entries: SqlHistoryEntry[];
}

// ───────────────────────────── what changed ─────────────────────────────

/** One changed row: `after` only = inserted, `before` only = deleted, both = updated. */
export interface DbRowChange {
  key: DbValue[];
  before?: DbCell[];
  after?: DbCell[];
}

export interface DbTableChanges {
  table: string;
  columns: string[];
  key: string[];
  inserted: number;
  updated: number;
  deleted: number;
  /** The changed rows, at most 100; `rowsTruncated` when there were more. */
  rows: DbRowChange[];
  rowsTruncated: boolean;
  /** The table did not exist before / no longer exists. */
  created?: boolean;
  dropped?: boolean;
}

export interface DbChanges {
  /** Only tables that changed. */
  tables: DbTableChanges[];
  /** Tables too large to compare cheaply (their changes are not shown). */
  skipped: { table: string; rowCount: number; reason: string }[];
}

// ───────────────────────────── HTTP client ─────────────────────────────

export const HttpMethodSchema = z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

const HeaderNameSchema = z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}$/, 'not a valid header name');
/** No CR / LF: a value may not smuggle a second header. */
const HeaderValueSchema = z.string().max(8192).regex(/^[^\r\n\0]*$/, 'a header value may not contain line breaks');
const NameValueSchema = z.object({ name: z.string().min(1).max(1000), value: z.string().max(64 * 1024) });

export const HttpBodySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  /** Sent as written with `content-type: application/json`, even if it is not valid JSON (to try a server's 400). */
  z.object({ kind: z.literal('json'), text: z.string().max(1024 * 1024) }),
  z.object({ kind: z.literal('text'), text: z.string().max(1024 * 1024), contentType: HeaderValueSchema.default('text/plain; charset=utf-8') }),
  /** application/x-www-form-urlencoded */
  z.object({ kind: z.literal('form'), fields: z.array(NameValueSchema).max(200) }),
]);
export type HttpBody = z.infer<typeof HttpBodySchema>;

export const HttpSendRequestSchema = z.object({
  method: HttpMethodSchema,
  /** A path on the learner's server, e.g. `/todos/1`; never a full URL. May carry its own `?query`. */
  path: z.string().regex(/^\/(?!\/)[^\s#]*$/, 'a path starts with one "/" and has no spaces').max(4096),
  /** Appended to the path's own query, in order. */
  query: z.array(NameValueSchema).max(200).default([]),
  headers: z.array(z.object({ name: HeaderNameSchema, value: HeaderValueSchema })).max(100).default([]),
  body: HttpBodySchema.default({ kind: 'none' }),
  /** Default 10 s. */
  timeoutMs: z.number().int().min(100).max(60_000).default(10_000),
});
export type HttpSendRequest = z.input<typeof HttpSendRequestSchema>;

export interface HttpResponseView {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  /** UTF-8 text, cut at 256 KiB (`bodyTruncated`). */
  body: string;
  bodyTruncated: boolean;
  /** Bytes of the body as received. */
  size: number;
  durationMs: number;
}

/** Output the learner's server printed while the request ran. */
export interface OutputChunk {
  stream: 'stdout' | 'stderr';
  text: string;
  at: number;
}

export interface HttpSendResult {
  /** The history entry id. */
  id: number;
  /** The URL actually requested (the learner server's port). */
  url: string;
  curl: string;
  response?: HttpResponseView;
  /** No answer: connection refused, timeout, an answer over 1 MiB … */
  error?: { code: string; message: string };
  /** The learner's server could not be started. */
  serverFailure?: ServerFailure;
  changes: DbChanges;
  output: OutputChunk[];
  timelineId: string;
}

export interface HttpHistoryEntry {
  id: number;
  sentAt: string;
  /** Exactly what was sent, to send again. */
  request: z.infer<typeof HttpSendRequestSchema>;
  status?: number;
  durationMs?: number;
  size?: number;
  error?: string;
}
export interface HttpHistoryResponse {
  /** Newest first, at most 100 per lesson. */
  entries: HttpHistoryEntry[];
}

// ───────────────────────────── WebSocket client ─────────────────────────────

export const WsOpenRequestSchema = z.object({
  path: z.string().regex(/^\/(?!\/)[^\s#]*$/, 'a path starts with one "/" and has no spaces').max(4096),
  protocols: z.array(z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}$/)).max(10).default([]),
  headers: z.array(z.object({ name: HeaderNameSchema, value: HeaderValueSchema })).max(50).default([]),
  /** A name the renderer shows; default "socket <n>". */
  name: z.string().min(1).max(100).optional(),
});
export type WsOpenRequest = z.input<typeof WsOpenRequestSchema>;

export const WsSendRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), data: z.string().max(1024 * 1024) }),
  /** Sent as text; refused when it is not valid JSON. */
  z.object({ kind: z.literal('json'), data: z.string().max(1024 * 1024) }),
  z.object({ kind: z.literal('binary'), base64: z.base64().max(1024 * 1024) }),
]);
export type WsSendRequest = z.infer<typeof WsSendRequestSchema>;

export const WsCloseRequestSchema = z.object({
  /** 1000, or 3000–4999. */
  code: z.number().int().refine((code) => code === 1000 || (code >= 3000 && code <= 4999), 'use 1000 or a code from 3000 to 4999').default(1000),
  /** At most 123 bytes in UTF-8 (the protocol's limit). */
  reason: z.string().max(123).refine((reason) => Buffer.byteLength(reason) <= 123, 'at most 123 bytes').default(''),
});
export type WsCloseRequest = z.input<typeof WsCloseRequestSchema>;

export interface WsMessage {
  direction: 'sent' | 'received';
  at: number;
  kind: 'text' | 'binary';
  /** Text, or base64 for binary; cut at 64 KiB (`truncated`). */
  data: string;
  truncated: boolean;
  /** Bytes of the whole message. */
  size: number;
}

export interface WsClientState {
  clientId: string;
  lessonId: string;
  name: string;
  url: string;
  /** The subprotocol the server chose, "" for none. */
  protocol: string;
  status: 'open' | 'closed';
  openedAt: number;
  /** The last 500 messages. */
  messages: WsMessage[];
  close?: WsCloseInfo;
}

export interface WsCloseInfo {
  code: number;
  reason: string;
  /** Who ended it: the learner's server, the learner (close route), or the backend (server stopped, shutdown). */
  by: 'server' | 'client' | 'backend';
  at: number;
}

export interface WsClientsResponse {
  clients: WsClientState[];
}

// ───────────────────────────── timeline ─────────────────────────────

export type TimelineSource =
  | { kind: 'http-client'; historyId: number }
  | { kind: 'check'; runId: string; checkId: string; name: string; status: 'passed' | 'failed' };

/** One request (or one check's requests) with what the server printed and wrote meanwhile. */
export interface TimelineEntry {
  id: string;
  lessonId: string;
  source: TimelineSource;
  startedAt: number;
  durationMs: number;
  /** The same shape as a check's exchanges: request, response, curl. */
  exchanges: CheckExchange[];
  output: OutputChunk[];
  changes: DbChanges;
}

export interface TimelineResponse {
  /** Oldest first, at most 200 per lesson (kept in memory). */
  entries: TimelineEntry[];
}

// ───────────────────────────── events ─────────────────────────────

/** Pushed over `/api/events` alongside the other `ServerEvent`s. */
export type WorkbenchEvent =
  | { type: 'timeline.entry'; entry: TimelineEntry }
  /** The lesson database changed from the inspector, the console or a reset: refresh what is shown. */
  | { type: 'database.changed'; lessonId: string; source: 'inspector' | 'sql' | 'reset' | 'http-client' | 'check'; changes?: DbChanges }
  | { type: 'ws.opened'; lessonId: string; client: WsClientState }
  | { type: 'ws.message'; lessonId: string; clientId: string; message: WsMessage }
  | { type: 'ws.closed'; lessonId: string; clientId: string; close: WsCloseInfo }
  | { type: 'ws.error'; lessonId: string; clientId: string; message: string };
