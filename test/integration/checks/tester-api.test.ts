/**
 * The tester API end to end: real checks run by runChecks against a real Express + ws server
 * on 127.0.0.1, passing and failing on purpose, with the messages and records the learner sees.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BurstExchange, CheckExchange, CheckResult, HttpExchange, WsExchange } from '../../../src-main/contract/api.js';
import { runChecks } from '../../../src-main/checks/runner.js';
import { startPlayground, type Playground } from '../../fixtures/lessons/checks/playground-server.js';

const checksFile = join(import.meta.dirname, '../../fixtures/lessons/checks/tester-api-checks.ts');
const nodeModules = join(import.meta.dirname, '../../../node_modules');
let dir: string;
let playground: Playground;
let byName: Map<string, CheckResult>;

const learnerFiles = [
  { path: 'server.ts', content: "import './models/users.js';" },
  { path: 'models/users.ts', content: 'export const all = db.prepare("SELECT * FROM users");' },
];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tester-api-'));
  const databasePath = join(dir, 'lesson.db');
  const db = new Database(databasePath);
  db.exec("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL); CREATE UNIQUE INDEX users_by_email ON users (email); INSERT INTO users (email) VALUES ('a@x'), ('b@x');");
  db.close();
  playground = await startPlayground(databasePath);
  const { results } = await runChecks({ baseUrl: playground.baseUrl, databasePath, files: learnerFiles, steps: [{ stepId: 'api', checksFile }], onResult: () => undefined });
  byName = new Map(results.map((result) => [result.name, result]));
}, 30_000);

afterAll(async () => {
  await playground.stop();
  await rm(dir, { recursive: true, force: true });
});

function result(name: string): CheckResult {
  const found = byName.get(name);
  if (!found) throw new Error(`no check named "${name}"`);
  return found;
}

function exchangesOf<K extends CheckExchange['kind']>(name: string, kind: K): Extract<CheckExchange, { kind: K }>[] {
  return result(name).exchanges.filter((exchange): exchange is Extract<CheckExchange, { kind: K }> => exchange.kind === kind);
}

const passing = [
  'logs in with a form and stays logged in',
  'keeps cookies per client',
  'forgets a cookie the server deletes',
  'sends text, HEAD and OPTIONS',
  'talks to an echo socket',
  'sees the order across clients',
  'is closed by the server with a code',
  'is refused without a cookie',
  'finds no socket left open by earlier checks',
  'finds where the rate limit starts',
  'bursts with a concurrency',
];

describe('t.http', () => {
  it.each(passing)('passes: %s', (name) => {
    expect(result(name)).toMatchObject({ status: 'passed', message: '' });
  });

  it('sends the form encoded, and the cookie back on the next request', () => {
    const [login, me] = exchangesOf('logs in with a form and stays logged in', 'http');
    expect(login!.request).toMatchObject({ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'user=ada' });
    expect(login!.response!.headers['set-cookie']).toMatch(/^sid=s-ada; Path=\/; HttpOnly; SameSite=Strict$/);
    expect(me!.request.headers).toEqual({ cookie: 'sid=s-ada' });
    expect(me!.curl).toBe(`curl -i ${playground.baseUrl}/me -H 'cookie: sid=s-ada'`);
  });

  it('names a second client on its requests, which carry no cookie of the first', () => {
    const failed = result('fails on a status, naming the client');
    expect(failed.message).toBe('GET /me answered 401 Unauthorized, expected 200 OK.');
    const [exchange] = exchangesOf('fails on a status, naming the client', 'http') as [HttpExchange];
    expect(exchange).toMatchObject({ client: 'bob', request: { headers: {} }, expected: 'status 200 OK' });
    const bobsRequest = exchangesOf('keeps cookies per client', 'http')[1]!;
    expect(bobsRequest).toMatchObject({ client: 'bob', request: { url: `${playground.baseUrl}/me`, headers: {} } });
  });
});

describe('t.ws', () => {
  it('records every frame of a client in order, with global sequence numbers', () => {
    const [echo] = exchangesOf('talks to an echo socket', 'ws') as [WsExchange];
    expect(echo.handshake).toMatchObject({ status: 101, protocol: '' });
    expect(echo.frames.map(({ direction, binary, data }) => [direction, binary, data])).toEqual([
      ['sent', false, 'hi'],
      ['received', false, 'hi'],
      ['sent', false, '{"type":"ping"}'],
      ['received', false, '{"type":"pong"}'],
      ['sent', true, Buffer.from([1, 2, 255]).toString('base64')],
      ['received', true, Buffer.from([1, 2, 255]).toString('base64')],
    ]);
    expect(echo.frames.map((frame) => frame.seq)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('sends cookies and subprotocols from the check, and names its clients', () => {
    const [ada, bob] = exchangesOf('sees the order across clients', 'ws');
    expect(ada).toMatchObject({ client: 'ada', protocols: ['chat.v1'], headers: { cookie: 'sid=s-ada' }, handshake: { status: 101, protocol: 'chat.v1' } });
    expect(bob).toMatchObject({ client: 'bob', protocols: [], headers: { cookie: 'sid=s-bob' } });
  });

  it('says what it waited for and what came instead', () => {
    const failed = result('waits for a message that never comes');
    expect(failed.message).toBe('client 1 did not receive a goodbye within 0.2 s. It received 1 other message: "hello".');
    const [ws] = exchangesOf('waits for a message that never comes', 'ws') as [WsExchange];
    expect(ws.expected).toBe('a goodbye within 0.2 s');
    expect(ws.frames.map((frame) => [frame.direction, frame.data])).toEqual([['sent', 'hello'], ['received', 'hello']]);
    expect(ws.script).toContain(`new WebSocket("${playground.baseUrl.replace('http', 'ws')}/echo", []);`);
  });

  it('writes a script that really replays the client', async () => {
    const [ws] = exchangesOf('waits for a message that never comes', 'ws') as [WsExchange];
    const scriptDir = await mkdtemp(join(dir, 'script-'));
    await symlink(nodeModules, join(scriptDir, 'node_modules'), 'dir');
    await writeFile(join(scriptDir, 'replay-ws.mjs'), ws.script);
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ['replay-ws.mjs'], { cwd: scriptDir, stdio: ['ignore', 'pipe', 'pipe'] });
      let printed = '';
      child.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (printed += chunk.toString()));
      child.once('error', reject);
      child.once('exit', () => resolve(printed));
    });
    expect(output.split('\n').map((line) => line.replace(/^\s*\d+ ms /, ''))).toEqual(['open, subprotocol: ""', 'sent: hello', 'received: hello', 'closed: 1000 ', '']);
  });

  it('fails when an unwanted message arrives', () => {
    expect(result('gets a message it should not').message).toBe('client 1 received an echo, which it should not have: "x".');
    expect(exchangesOf('gets a message it should not', 'ws')[0]!.expected).toBe('an echo not to arrive within 0.2 s');
  });

  it('checks close codes, and stops waiting for messages once closed', () => {
    expect(exchangesOf('is closed by the server with a code', 'ws')[0]!.close).toEqual({ code: 4001, reason: 'asked to', by: 'server' });
    expect(result('expects the wrong close code').message).toBe('Your server closed client 1\'s connection with code 4001 ("asked to"), expected code 1000.');
    const closed = result('waits for a message after the close');
    expect(closed.message).toBe('client 1\'s connection was closed with code 4001 ("asked to") before a message arrived. Nothing else arrived on it.');
    expect(closed.durationMs).toBeLessThan(1000);
  });

  it('reports a refused upgrade with the answer the server gave', () => {
    expect(result('cannot connect without a cookie').message).toBe('Your server refused the WebSocket upgrade for /chat: it answered 401 Unauthorized instead of 101 Switching Protocols.');
    const [ws] = exchangesOf('cannot connect without a cookie', 'ws') as [WsExchange];
    expect(ws).toMatchObject({ expected: 'the upgrade accepted (101 Switching Protocols)', handshake: { status: 401, body: '{"error":"log in first"}' }, frames: [] });
    expect(ws.close).toBeUndefined();
  });

  it('bounds a long wait by the check, naming what it waited for', () => {
    const timedOut = result('leaves sockets open and runs out of time');
    expect(timedOut.message).toBe('This check ran out of time (0.3 s) waiting for a message on the last one.');
    expect(timedOut.durationMs).toBeLessThan(1000);
    expect(exchangesOf('leaves sockets open and runs out of time', 'ws').at(-1)!.expected).toBe('a message on the last one');
  });

  it('leaves no WebSocket open after a check that failed, threw or ran out of time', async () => {
    expect(result('leaves a socket open and throws').message).toBe('boom');
    expect(result('catches its own end and tries to open another socket').message).toBe('This check ran out of time (0.2 s) waiting for a message on client 1.');
    // The server sees the last close a moment after the run resolves.
    for (let tries = 0; tries < 50 && playground.openSockets() > 0; tries++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(playground.openSockets()).toBe(0);
    // Not vacuous: the server did accept every socket the checks opened.
    expect(playground.acceptedSockets()).toBeGreaterThanOrEqual(10);
  });
});

describe('t.burst and t.sleep', () => {
  it('records the timeline with the rate-limit headers, and a curl loop', () => {
    const [burst] = exchangesOf('finds where the rate limit starts', 'burst') as [BurstExchange];
    expect(burst.pace).toBe('8 requests, at 50 per second, at most 1 at a time');
    expect(burst.timeline.map((entry) => [entry.index, entry.status])).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((i) => [i, i < 5 ? 200 : 429]));
    expect(burst.timeline[5]!.headers).toEqual({ 'retry-after': '1' });
    expect(burst.timeline[0]!.headers).toEqual({ 'x-ratelimit-remaining': '4' });
    expect(burst.curl).toBe(`for i in $(seq 8); do curl -s -o /dev/null -w '%{http_code}\\n' ${playground.baseUrl}/limited -H 'x-client: burst-1'; sleep 0.02; done`);
  });

  it('fails with the author’s message when no limit is found', () => {
    expect(result('fails a rate limit that is not there').message).toBe('No request of the burst was refused with 429 Too Many Requests.');
  });

  it('refuses waits that cannot fit in the check, at once', () => {
    const burst = result('plans a burst that cannot fit');
    expect(burst.message).toBe('A burst of 20 requests, at 10 per second needs 1.9 s, but this check has 0.5 s left of its 0.5 s: give the check a longer timeoutMs.');
    expect(burst.durationMs).toBeLessThan(300);
    expect(result('sleeps too long').message).toBe('t.sleep(1000) needs 1 s, but this check has 0.3 s left of its 0.3 s: give the check a longer timeoutMs.');
  });

  it('bounds a burst by the check, saying how far it got', () => {
    expect(result('runs out of time in a burst').message).toBe(
      'This check ran out of time (0.3 s) waiting for your server to answer a burst of 3 requests, all at once to GET /silent (0 answered so far).',
    );
    expect(exchangesOf('runs out of time in a burst', 'burst')[0]!.expected).toBe('every answer before the check ran out of time');
  });
});

describe('t.db', () => {
  it('reads the schema and a query plan, then names the tables when one is missing', () => {
    expect(result('reads the schema, then asks for a missing table').message).toBe('The database has no table "no_such_table" (it has "users").');
  });
});

describe('t.files', () => {
  it("lists and reads the workspace's source files, leaving the database out, and names a missing file", () => {
    expect(result("reads the learner's files, then one that is missing").message).toBe('There is no file models/missing.ts in your workspace.');
  });
});
