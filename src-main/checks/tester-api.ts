/**
 * What a lesson author writes checks against. A step's `checks.ts` imports these with
 * `import type { Check } from 'backend-sandbox/checks'`: types only, so a compiled checks file
 * carries no copy of the engine and the engine can change without recompiling lessons.
 *
 * Everything runs in real time against the learner's real server: nothing here fakes a clock.
 * Every wait (a request, a WebSocket message, a burst, a sleep) ends when the check's time limit
 * does, and the learner is told what the check was waiting for.
 */
import type { z } from 'zod';

export interface Check {
  /** What the learner reads next to the verdict, e.g. "GET /todos answers 200 with every todo". */
  name: string;
  run(t: Tester): Promise<void>;
  /**
   * Overrides the runner's per-check limit (5 s), for a check that legitimately takes longer,
   * e.g. one that waits for a rate-limit window to pass. Waits that cannot fit in it fail at once.
   */
  timeoutMs?: number;
}

export interface Tester {
  /**
   * Talks to the learner's running server like one browser would: it keeps the cookies the server
   * sets and sends them back. Every request is recorded for the learner to inspect.
   * @example const res = await t.http.get('/todos');
   */
  http: HttpClient;
  /**
   * Another HTTP client with its own, empty cookie jar: a second user, or a visitor who never
   * logged in. `name` labels its requests in the learner's details (default "client 2", …).
   * @example const alice = t.newHttpClient('alice'); const bob = t.newHttpClient('bob');
   */
  newHttpClient(name?: string): HttpClient;
  /** WebSocket clients to the learner's server; every one is closed when the check ends. */
  ws: WsClients;
  /** Reads the learner's database, so checks compare answers with the data instead of hard-coding the seed. */
  db: DbReader;
  /**
   * Reads the learner's source files, for what no request can show: how the code is organised.
   * Prefer checking behaviour over HTTP; use this only where the lesson is about structure.
   * @example if (/\.prepare\(/.test(t.files.read('server.ts'))) t.fail('server.ts still runs SQL itself: move it into a model.');
   */
  files: WorkspaceFiles;
  /**
   * Sends `count` requests at a steady rate or with a fixed number in flight, through `t.http`
   * (so with its cookies), and returns every status in order: what rate-limit lessons check.
   * Shorthand for `t.http.burst(spec)`. It must fit in the check's time limit.
   * @example
   * const burst = await t.burst({ path: '/api/search', count: 12, ratePerSecond: 20 });
   * t.expectEqual(burst.firstIndexWith(429), 10, 'The 11th request within a second should be refused');
   */
  burst(spec: BurstSpec): Promise<BurstResult>;
  /**
   * Waits `ms` of real time, e.g. for a rate-limit window to reset. Fails at once when the check
   * has less time left than that: give the check a longer `timeoutMs`.
   * @example await t.sleep(1100);
   */
  sleep(ms: number): Promise<void>;
  /**
   * Fails the check unless `actual` deeply equals `expected`, listing the differences after
   * `expectation`, a sentence for the learner such as "GET /todos/3 should answer with todo 3".
   */
  expectEqual(actual: unknown, expected: unknown, expectation: string): void;
  /** Fails the check with a message for the learner. */
  fail(message: string): never;
}

// ─── HTTP ────────────────────────────────────────────────────────────────────────────────────

/** Form fields; an array sends the field once per item (`tag=a&tag=b`). */
export type FormFields = Record<string, string | number | boolean | readonly (string | number | boolean)[]>;

/** Give a request at most one of `json`, `text`, `form` and `body`. */
export interface RequestOptions {
  /** Extra headers. A `cookie` header given here replaces the client's cookies for this request. */
  headers?: Record<string, string>;
  /** Sent as a JSON body with `content-type: application/json` (unless `headers` says otherwise). */
  json?: unknown;
  /** Sent as plain text with `content-type: text/plain; charset=utf-8`. */
  text?: string;
  /** Sent as an HTML form would: `application/x-www-form-urlencoded`. */
  form?: FormFields;
  /** A raw body with no content-type of its own, for requests that are deliberately malformed. */
  body?: string;
  /** How long to wait for the answer; the runner's default is 3 s. */
  timeoutMs?: number;
}

export interface RequestSpec extends RequestOptions {
  /** Any HTTP method: `GET`, `POST`, `OPTIONS`, `PROPFIND`, … */
  method: string;
  /** A path on the learner's server, e.g. `/todos/3?done=1`. */
  path: string;
}

/** A cookie as the server set it. */
export interface Cookie {
  name: string;
  value: string;
  path: string;
  /** When it expires, in ms since 1970 (like `Date.now()`); absent for a session cookie. */
  expiresAt?: number;
  httpOnly: boolean;
  secure: boolean;
  /** As the server wrote it, e.g. "Strict" or "Lax"; absent when it did not say. */
  sameSite?: string;
}

export interface HttpClient {
  /** @example const res = await t.http.get('/todos?done=1', { headers: { authorization: `Bearer ${token}` } }); */
  get(path: string, options?: RequestOptions): Promise<HttpResponse>;
  /** @example await t.http.post('/login', { form: { user: 'ada', password: 'secret' } }); */
  post(path: string, options?: RequestOptions): Promise<HttpResponse>;
  put(path: string, options?: RequestOptions): Promise<HttpResponse>;
  patch(path: string, options?: RequestOptions): Promise<HttpResponse>;
  delete(path: string, options?: RequestOptions): Promise<HttpResponse>;
  /** The answer has headers but no body. */
  head(path: string, options?: RequestOptions): Promise<HttpResponse>;
  /** @example (await t.http.options('/todos', { headers: { origin: 'http://evil.test' } })).expectStatus(204); */
  options(path: string, options?: RequestOptions): Promise<HttpResponse>;
  /** Any method. @example await t.http.request({ method: 'PURGE', path: '/cache' }); */
  request(spec: RequestSpec): Promise<HttpResponse>;
  /** The cookies this client holds now (expired ones are gone). @example t.http.cookies().find((c) => c.name === 'sid') */
  cookies(): Cookie[];
  /** Many requests from this client; see `t.burst`. */
  burst(spec: BurstSpec): Promise<BurstResult>;
}

export interface HttpResponse {
  status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** Every Set-Cookie of this answer, parsed; expired ones too (that is how a server deletes one). */
  cookies: Cookie[];
  text: string;
  /** From sending the request to the end of the answer. */
  durationMs: number;
  /** The parsed body; fails the check when the body is not JSON. */
  json(): unknown;
  /** Fails the check unless the status is `status` (or one of them). */
  expectStatus(status: number | readonly number[]): HttpResponse;
  /** Fails the check unless header `name` is present and contains (string) or matches (RegExp) `pattern`. */
  expectHeader(name: string, pattern: string | RegExp): HttpResponse;
  /** Fails the check if header `name` is present, e.g. `x-powered-by`. */
  expectNoHeader(name: string): HttpResponse;
  /**
   * Parses the body as JSON and validates it with a zod schema, returning the parsed value.
   * `what` names the body for the learner, e.g. "a todo" or "an array of todos".
   */
  expectJson<S extends z.ZodType>(schema: S, what?: string): z.output<S>;
}

// ─── Bursts (rate limiting) ──────────────────────────────────────────────────────────────────

/**
 * The same request `count` times. Pace it with `ratePerSecond` (evenly spaced starts), with
 * `concurrency` (at most that many waiting for an answer), or both; with neither, all are sent at
 * once. A request that gets no answer fails the check. Requests in flight together may reach
 * the server in another order than they were sent: add `concurrency: 1` when the order matters.
 */
export interface BurstSpec extends RequestOptions {
  /** Default `GET`. */
  method?: string;
  path: string;
  /** 1 to 1000. */
  count: number;
  ratePerSecond?: number;
  concurrency?: number;
}

export interface BurstResponse {
  /** 0 for the first request sent. */
  index: number;
  /** When it was sent, in ms after the first one. */
  sentAtMs: number;
  status: number;
  durationMs: number;
  /** Lower-case names, e.g. `retry-after`. */
  headers: Record<string, string>;
  text: string;
}

export interface BurstResult {
  /** In the order they were sent. */
  responses: BurstResponse[];
  /** `responses.map((r) => r.status)`: compare it whole with `t.expectEqual`. */
  statuses: number[];
  /** How many answers had each status, e.g. `{ 200: 10, 429: 5 }`. */
  statusCounts: Record<number, number>;
  /** The index of the first answer with `status` (e.g. 429), or undefined if none had it. */
  firstIndexWith(status: number): number | undefined;
  /** From the first request sent to the last answer. */
  durationMs: number;
}

// ─── WebSockets ──────────────────────────────────────────────────────────────────────────────

export interface WsConnectOptions {
  /** Extra headers on the upgrade request, e.g. `authorization`. */
  headers?: Record<string, string>;
  /** Subprotocols offered in `Sec-WebSocket-Protocol`. */
  protocols?: string[];
  /** Sends this HTTP client's cookies with the upgrade, as a logged-in browser would. Default: none. */
  cookiesFrom?: HttpClient;
  /** Labels the client in the learner's details; default "client 1", "client 2", … */
  name?: string;
  /** How long the handshake may take; default 3 s. */
  timeoutMs?: number;
}

export interface WsClients {
  /**
   * Opens a WebSocket to `path` on the learner's server and waits until it is open; fails the
   * check if the server refuses the upgrade or does not answer.
   * @example const ws = await t.ws.connect('/chat', { protocols: ['chat.v1'], cookiesFrom: alice });
   */
  connect(path: string, options?: WsConnectOptions): Promise<WsClient>;
  /**
   * Expects the server to refuse the upgrade with an HTTP answer (e.g. 401 without a token) and
   * returns it; fails the check if the WebSocket opens instead.
   * @example const refused = await t.ws.expectRefused('/chat'); t.expectEqual(refused.status, 401, '…');
   */
  expectRefused(path: string, options?: WsConnectOptions): Promise<{ status: number; headers: Record<string, string>; text: string }>;
  /**
   * Every message any client of this check received, in arrival order: what proves ordering
   * across clients. @example t.expectEqual(t.ws.received().map((m) => m.client), ['alice', 'bob'], '…');
   */
  received(): WsMessage[];
}

export interface WsMessage {
  /** The receiving client's name. */
  client: string;
  /** Counts every frame of the check, sent or received, on every client: lower means earlier. */
  seq: number;
  /** Milliseconds since the check started. */
  atMs: number;
  binary: boolean;
  /** The text; a binary message decoded as UTF-8. */
  text: string;
  /** The raw bytes. */
  data: Uint8Array;
  /** The text parsed as JSON; fails the check when it is not JSON. */
  json(): unknown;
}

export interface WsWaitOptions {
  /** Default 2 s; the check's own limit still applies. */
  timeoutMs?: number;
  /** What the message should be, for the learner: "the chat message from alice". */
  description?: string;
}

export interface WsClient {
  name: string;
  /** The subprotocol the server chose; '' when none. */
  protocol: string;
  send(text: string): void;
  /** @example ws.sendJson({ type: 'chat', text: 'hi' }); */
  sendJson(value: unknown): void;
  sendBinary(data: Uint8Array): void;
  /**
   * Waits for the next message that satisfies `predicate` (any message when omitted) and returns
   * it. Messages are read in order: each call looks only after the message the previous call
   * returned, passing over those that do not match. Fails at once if the connection closes first.
   * @example const hello = await ws.expectMessage((m) => m.text.startsWith('welcome'), { description: 'a welcome' });
   */
  expectMessage(predicate?: (message: WsMessage) => boolean, options?: WsWaitOptions): Promise<WsMessage>;
  /**
   * Waits for the next JSON message that `schema` accepts (and `where`, if given, approves) and
   * returns it parsed. Non-JSON messages and others are passed over, as in `expectMessage`.
   * @example const msg = await ws.expectJson(z.object({ type: z.literal('chat'), text: z.string() }), { where: (m) => m.text === 'hi' });
   */
  expectJson<S extends z.ZodType>(schema: S, options?: WsWaitOptions & { where?: (value: z.output<S>) => boolean }): Promise<z.output<S>>;
  /**
   * Fails if a message (one satisfying `predicate`, when given) is waiting or arrives within
   * `withinMs` (default 300 ms), e.g. "the sender does not get its own message back".
   * @example await alice.expectNoMessage({ withinMs: 300, description: 'her own message echoed back' });
   */
  expectNoMessage(options?: { withinMs?: number; predicate?: (message: WsMessage) => boolean; description?: string }): Promise<void>;
  /**
   * Waits for the server to close the connection, failing if it does not within `timeoutMs`
   * (default 2 s) or closes with another `code`. Returns the code and reason.
   * @example await ws.expectClose({ code: 1008 });
   */
  expectClose(options?: { code?: number; timeoutMs?: number }): Promise<{ code: number; reason: string }>;
  /** Closes the connection (default code 1000) and waits for the server to acknowledge it. */
  close(code?: number, reason?: string): Promise<void>;
  /** Every message this client received so far, in order. */
  messages(): WsMessage[];
}

// ─── Database ────────────────────────────────────────────────────────────────────────────────

export type Row = Record<string, unknown>;

export interface ColumnInfo {
  name: string;
  /** As declared, e.g. "INTEGER" or "TEXT"; '' when the column has no type. */
  type: string;
  notnull: boolean;
  /** Part of the primary key. */
  pk: boolean;
  /** The DEFAULT expression as written, or null. */
  defaultValue: string | null;
}

export interface IndexInfo {
  name: string;
  unique: boolean;
  /** The indexed columns, in index order. */
  columns: string[];
  /** 'c' made by CREATE INDEX, 'u' by a UNIQUE constraint, 'pk' by a PRIMARY KEY. */
  origin: 'c' | 'u' | 'pk';
  /** Has a WHERE clause. */
  partial: boolean;
}

/** What SQLite would do to run a query, from `EXPLAIN QUERY PLAN`. */
export interface QueryPlan {
  rows: { id: number; parent: number; detail: string }[];
  /** The details one per line, indented by depth: paste it into a message. */
  text: string;
  /**
   * Whether some step looks rows up through an index (a `SEARCH`): the named one
   * (case-insensitive) or, without a name, any index or the primary key. Reading a whole index
   * (`SCAN t USING COVERING INDEX i`, what an index with the wrong leading column gives) does not
   * count, nor do SQLite's temporary automatic indexes.
   */
  usesIndex(name?: string): boolean;
  /**
   * The tables a step scans from end to end (`SCAN todos`, also through an index: `SCAN todos
   * USING INDEX i` walks it all, in index order, and stops early only under a LIMIT).
   */
  scannedTables(): string[];
}

/**
 * Read-only: the database is opened read-only, so a check can never change the learner's data.
 * Table names are checked against the database (a missing table fails the check with a message
 * for the learner) and quoted, never pasted into SQL as given.
 */
export interface DbReader {
  /** @example t.db.all<{ id: number }>('SELECT id FROM todos WHERE done = ?', 1) */
  all<T = Row>(sql: string, ...params: unknown[]): T[];
  /** The first row, or undefined. */
  get<T = Row>(sql: string, ...params: unknown[]): T | undefined;
  /**
   * Rows in `table`, optionally only those matching `where` (an SQL condition with `?` params).
   * @example t.db.count('todos', 'title = ?', title)
   */
  count(table: string, where?: string, ...params: unknown[]): number;
  /** The learner's tables, sorted (SQLite's own are left out). */
  tables(): string[];
  /** @example t.db.columns('users').find((c) => c.name === 'email')?.notnull */
  columns(table: string): ColumnInfo[];
  /** @example t.db.indexes('users').some((i) => i.unique && i.columns.join() === 'email') */
  indexes(table: string): IndexInfo[];
  /**
   * How SQLite would run `sql`, without running it.
   * @example
   * const plan = t.db.queryPlan('SELECT * FROM todos WHERE owner_id = ?', 1);
   * if (!plan.usesIndex()) t.fail(`Looking todos up by owner still reads the whole table:\n${plan.text}`);
   */
  queryPlan(sql: string, ...params: unknown[]): QueryPlan;
}

// ─── Source files ────────────────────────────────────────────────────────────────────────────

/**
 * The learner's source files, read-only: exactly the files their server was started with (what
 * the editor saved), never what that server may have written to disk since. Paths are relative,
 * with `/`, e.g. `models/books.ts`.
 */
export interface WorkspaceFiles {
  /**
   * Every source file, sorted. Match names loosely: learners lay out their code in many good ways.
   * @example const models = t.files.list().filter((path) => /model|db/i.test(path) && path !== 'server.ts');
   */
  list(): string[];
  /**
   * The text of one file. A missing file fails the check with a message for the learner; a path
   * outside the workspace (absolute, or climbing out with `..`) is an error in the check itself.
   * @example const server = t.files.read('server.ts');
   */
  read(path: string): string;
}
