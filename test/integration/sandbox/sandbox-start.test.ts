// Starting, running and stopping real learner servers: real processes, ports and SQLite files.
import Database from 'better-sqlite3';
import { connect, createServer } from 'node:net';
import { networkInterfaces } from 'node:os';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Sandbox, type LearnerServer } from '../../../src-main/sandbox/sandbox.js';
import { useSandbox, isAlive, recordRun } from '../../fixtures/sandbox/workspace.js';

const sandbox = new Sandbox();
const workspace = useSandbox(sandbox);

async function startOrFail(run: ReturnType<typeof recordRun>): Promise<LearnerServer> {
  const result = await sandbox.start(run.options);
  if (!result.ok) throw new Error(`expected a start, got ${JSON.stringify(result.failure)}`);
  return result.server;
}

/** The same probes against a server on Node's default host, so a `false` below means something. */
async function defaultHostIsReachable(host: string): Promise<boolean> {
  const control = createServer();
  await new Promise<void>((resolve) => control.listen(0, resolve));
  const address = control.address();
  const reachable = typeof address === 'object' && address !== null && (await connects(host, address.port));
  await new Promise((resolve) => control.close(resolve));
  return reachable;
}

function connects(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** A non-loopback IPv4 address of this machine, if it has one. */
function lanAddress(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((each) => each !== undefined && each.family === 'IPv4' && !each.internal)?.address;
}

describe('a good learner server', () => {
  it('starts from TypeScript files in folders that import each other, and serves HTTP from its SQLite database', async () => {
    const ws = await workspace('good');
    const run = recordRun(ws);
    const server = await startOrFail(run);

    const created = await fetch(`http://127.0.0.1:${server.port}/notes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'buy milk' }),
    });
    expect(created.status).toBe(201);
    const listed = await fetch(`http://127.0.0.1:${server.port}/notes`);
    expect(listed.status).toBe(200);
    expect(await listed.json()).toEqual([{ id: 1, text: 'buy milk' }]);

    const db = new Database(ws.databasePath, { readonly: true });
    expect(db.prepare('SELECT text FROM notes').all()).toEqual([{ text: 'buy milk' }]);
    db.close();

    await server.stop();
  });

  it('is bound to 127.0.0.1 only, although app.listen(PORT) names no host', async () => {
    const ws = await workspace('good');
    const run = recordRun(ws);
    const server = await startOrFail(run);

    // The port can accept connections a moment before the listen callback's line arrives.
    await vi.waitFor(() => expect(run.output()).toContain('"address":"127.0.0.1"'));
    expect(server.recentOutput()).toContain('"address":"127.0.0.1"');
    expect(await connects('127.0.0.1', server.port)).toBe(true);
    // Node's default for a missing host is '::', which also accepts ::1 and every interface.
    expect(await defaultHostIsReachable('::1')).toBe(true);
    expect(await connects('::1', server.port)).toBe(false);
    const lan = lanAddress();
    if (lan !== undefined) {
      expect(await defaultHostIsReachable(lan)).toBe(true);
      expect(await connects(lan, server.port)).toBe(false);
    }

    await server.stop();
  });

  it('stops with SIGKILL even when the server traps SIGTERM, and reports no failure', async () => {
    const ws = await workspace('traps-sigterm');
    const run = recordRun(ws);
    const server = await startOrFail(run);

    await server.stop();

    expect(isAlive(server.pid)).toBe(false);
    expect(await run.exited).toBeNull();
  });

  it('stopAll kills every server it started', async () => {
    const first = await startOrFail(recordRun(await workspace('good')));
    const second = await startOrFail(recordRun(await workspace('good')));
    expect(first.port).not.toBe(second.port);

    await sandbox.stopAll();

    expect(isAlive(first.pid)).toBe(false);
    expect(isAlive(second.pid)).toBe(false);
  });
});

describe('code that does not compile', () => {
  it('reports every error as file:line:column, in the files the learner wrote', async () => {
    const ws = await workspace({
      'server.ts': "import { port } from './db.js';\nconst a = 1;\nconst a = 2;\nconsole.log(port, a);\n",
      'db.ts': 'export const port = 3000;\nlet name = 1;\nlet name = 2;\n',
    });
    const result = await sandbox.start(recordRun(ws).options);

    expect(result).toEqual({ ok: false, failure: { reason: 'syntax', message: expect.any(String), output: '' } });
    if (result.ok) return;
    expect(result.failure.message.split('\n').sort()).toEqual([
      'db.ts:3:5: The symbol "name" has already been declared',
      'server.ts:3:7: The symbol "a" has already been declared',
    ]);
  });

  it('points at a plain syntax error', async () => {
    const ws = await workspace({ 'server.ts': "import express from 'express';\nconst app = express(;\n" });
    const result = await sandbox.start(recordRun(ws).options);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure.reason).toBe('syntax');
    expect(result.failure.message).toMatch(/^server\.ts:2:21: Unexpected ";"$/);
  });

  it('refuses to bundle a file from outside the workspace', async () => {
    const ws = await workspace('import-outside');
    await writeFile(join(ws.root, 'secret.json'), JSON.stringify({ password: 'hunter2' }));
    const result = await sandbox.start(recordRun(ws).options);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure.reason).toBe('syntax');
    expect(result.failure.message).toBe('server.ts: "../secret.json" is outside your workspace; import only your own files and packages');
  });
});

describe('a server that does not stay up', () => {
  it('explains a crash before listen with the error and its .ts line', async () => {
    const ws = await workspace('crash-on-start');
    const result = await sandbox.start(recordRun(ws).options);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure.reason).toBe('crash');
    expect(result.failure.message).toBe(
      'Your server crashed before it started listening: TypeError: settings.json is missing a greeting (at server.ts:8:9)',
    );
    expect(result.failure.output).toContain('TypeError: settings.json is missing a greeting');
  });

  it('says so when the code finishes without ever calling listen', async () => {
    const ws = await workspace('no-listen');
    const result = await sandbox.start(recordRun(ws).options);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure.reason).toBe('not-listening');
    expect(result.failure.message).toContain('did you forget to call app.listen(process.env.PORT)?');
    expect(result.failure.output).toContain('nobody calls app.listen');
  });

  it('reports a crash after start through onExit', async () => {
    const ws = await workspace('crash-later');
    const run = recordRun(ws);
    const server = await startOrFail(run);

    expect(await (await fetch(`http://127.0.0.1:${server.port}/later`)).text()).toBe('scheduled');
    const failure = await run.exited;

    expect(failure?.reason).toBe('crash');
    expect(failure?.message).toBe('Your server crashed: RangeError: the timer went off the rails (at server.ts:6:11)');
    expect(isAlive(server.pid)).toBe(false);
  });
});
