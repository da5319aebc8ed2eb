import Database from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../src-main/contract/api.js';
import { countChecks, runChecks } from '../../../src-main/checks/runner.js';

const CHECKS = 11;
const checksFile = join(import.meta.dirname, '../../fixtures/lessons/checks/runner-checks.ts');
let dir: string;
let databasePath: string;
let server: Server;
let baseUrl: string;
let shared: Awaited<ReturnType<typeof run>>;

/** A stand-in for a learner's server: a few routes, and its own read-write connection to the database. */
function startServer(): Promise<Server> {
  const db = new Database(databasePath);
  const app = createServer((req, res) => {
    const send = (status: number, body: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (req.url === '/ok') return send(200, { ok: true });
    if (req.url === '/count') return send(200, db.prepare('SELECT COUNT(*) AS count FROM things').get());
    if (req.url === '/silent') return undefined;
    if (req.url === '/huge') return void res.end('x'.repeat(2 * 1024 * 1024));
    if (req.url === '/trickle') return void res.writeHead(200).write('{"partial":');
    if (req.url === '/echo') {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => send(201, JSON.parse(body)));
      return undefined;
    }
    return send(404, { error: 'no such route' });
  });
  app.on('close', () => db.close());
  return new Promise((resolve) => app.listen(0, '127.0.0.1', () => resolve(app)));
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'runner-'));
  databasePath = join(dir, 'lesson.db');
  const db = new Database(databasePath);
  db.exec("CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO things (name) VALUES ('a'), ('b'), ('c');");
  db.close();
  server = await startServer();
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Most tests read the same run: it waits out several deliberate timeouts, so it is done once.
  shared = await run();
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

async function run(steps = [{ stepId: 'only', checksFile }], url = baseUrl, path = databasePath) {
  const streamed: CheckResult[] = [];
  const { results } = await runChecks({ baseUrl: url, databasePath: path, files: [], steps, onResult: (result) => streamed.push(result) });
  return { results, streamed, byName: new Map(results.map((result) => [result.name, result])) };
}

describe('runChecks', () => {
  it('runs every check in order, streaming each result', async () => {
    const { results, streamed } = shared;
    expect(streamed).toEqual(results);
    expect(results.map((result) => [result.id, result.stepId])).toEqual(Array.from({ length: CHECKS }, (_, i) => [`only/${i}`, 'only']));
  });

  it('passes and fails checks with messages for the learner', async () => {
    const { byName } = shared;
    expect(byName.get('passes')).toMatchObject({ status: 'passed', message: '' });
    expect(byName.get('fails an assertion')).toMatchObject({ status: 'failed', message: 'GET /ok answered 200 OK, expected 201 Created.' });
    expect(byName.get('throws a plain error')).toMatchObject({ status: 'failed', message: 'the check itself broke' });
    expect(byName.get('compares the server with the database')).toMatchObject({ status: 'passed' });
    expect(byName.get('posts JSON')).toMatchObject({ status: 'passed' });
    expect(byName.get('tries to write with t.db')).toMatchObject({ status: 'failed', message: expect.stringMatching(/^t\.db only reads/) });
  });

  it('records each exchange with its response, what was expected and a curl command', async () => {
    const { byName } = shared;
    const [failed] = byName.get('fails an assertion')!.exchanges;
    expect(failed).toEqual({
      kind: 'http',
      request: { method: 'GET', url: `${baseUrl}/ok`, headers: {} },
      response: { status: 200, headers: expect.objectContaining({ 'content-type': 'application/json' }), body: '{"ok":true}', durationMs: expect.any(Number) },
      expected: 'status 201 Created',
      curl: `curl -i ${baseUrl}/ok`,
    });
    const [posted] = byName.get('posts JSON')!.exchanges;
    if (posted?.kind !== 'http') throw new Error('expected an HTTP exchange');
    expect(posted.request).toEqual({ method: 'POST', url: `${baseUrl}/echo`, headers: { 'x-extra': 'yes', 'content-type': 'application/json' }, body: '{"title":"it\'s"}' });
    expect(posted.curl).toBe(`curl -i ${baseUrl}/echo -H 'x-extra: yes' -H 'content-type: application/json' --data-raw '{"title":"it'\\''s"}'`);
    expect(posted.expected).toBeUndefined();
  });

  it('explains a server that does not answer, and a check that runs out of time', async () => {
    const { byName } = shared;
    const silent = byName.get('waits for a silent route')!;
    expect(silent.message).toBe('Your server did not answer GET /silent within 0.2 s. Does every path through the route send a response, for example with res.json(...)?');
    expect(silent.exchanges[0]).toMatchObject({ expected: 'an answer within 0.2 s' });
    expect(silent.exchanges[0]).not.toHaveProperty('response');
    expect(byName.get('runs out of time')).toMatchObject({ status: 'failed', message: 'This check did not finish within 0.2 s.' });
    expect(byName.get('waits on a request when time runs out')).toMatchObject({
      status: 'failed',
      message: 'This check ran out of time (0.2 s) waiting for your server to answer GET /silent.',
    });
    expect(byName.get('gets an answer that never ends')!.message).toMatch(/^Your server did not answer GET \/trickle within 0\.2 s\./);
  });

  it('stops reading an answer that is too large', async () => {
    const { byName } = shared;
    expect(byName.get('gets a huge answer')).toMatchObject({ status: 'failed', message: "Your server's answer to GET /huge is larger than 1 MiB, too large to check." });
  });

  it('explains a server that is not listening', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));

    const { byName } = await run(undefined, `http://127.0.0.1:${port}`);
    expect(byName.get('passes')).toMatchObject({
      status: 'failed',
      message: `Could not send GET /ok: nothing is listening on port ${port}. Did your server stop or crash? Its output may say why.`,
    });
  });

  it('fails a database check clearly when the database is missing', async () => {
    const { byName } = await run(undefined, baseUrl, join(dir, 'nope.db'));
    expect(byName.get('compares the server with the database')!.message).toMatch(/^Could not open the lesson database .*nope\.db/);
  });

  it('turns a step whose checks cannot load into one failed result, and runs the other steps', async () => {
    const missing = join(dir, 'no-such-step/checks.ts');
    const steps = [{ stepId: 'broken', checksFile: missing }, { stepId: 'fine', checksFile }];
    const { results } = await run(steps);
    expect(results[0]).toMatchObject({ id: 'broken/0', stepId: 'broken', status: 'failed', message: expect.stringContaining(`Could not load the checks in ${missing}`) });
    expect(results.slice(1).map((result) => result.stepId)).toEqual(Array(CHECKS).fill('fine'));
    expect(await countChecks(steps)).toBe(CHECKS + 1);
  });
});
