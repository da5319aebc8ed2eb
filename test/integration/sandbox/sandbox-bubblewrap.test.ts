// The sandbox at the bubblewrap level: the learner's server lives in its own network namespace
// and is reached through the port bridge, and stopping it leaves no process behind.
// Skipped, with the reason in its title, where bubblewrap cannot create a sandbox.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { detectIsolation } from '../../../src-main/sandbox/isolation.js';
import { Sandbox } from '../../../src-main/sandbox/sandbox.js';
import { isAlive, recordRun, useSandbox } from '../../fixtures/sandbox/workspace.js';

const isolation = await detectIsolation();
const sandbox = new Sandbox(isolation);
const workspace = useSandbox(sandbox);

/** Every process whose command line names `text` (a temp workspace path is unique to one test). */
function processesNaming(text: string): number[] {
  try {
    return execFileSync('pgrep', ['-f', text]).toString().trim().split('\n').map(Number);
  } catch {
    return [];
  }
}

/** The port bridge's socket folder that bwrap binds into this sandbox (see port-bridge.ts). */
function bridgeFolderOf(bwrapPid: number): string {
  const args = readFileSync(`/proc/${bwrapPid}/cmdline`, 'utf8').split('\0');
  const folder = args.find((arg) => arg.startsWith(join(tmpdir(), 'backend-sandbox-')));
  if (folder === undefined) throw new Error('no bridge folder on the bwrap command line');
  return folder;
}

const echoServer = `import express from 'express';
import { WebSocketServer } from 'ws';
const server = express()
  .get('/port', (_req, res) => { res.json(server.address()); })
  .get('/ip', (req, res) => { res.json({ ip: req.ip, remote: req.socket.remoteAddress, family: req.socket.remoteFamily }); })
  .listen(Number(process.env.PORT));
new WebSocketServer({ server }).on('connection', (socket) => socket.on('message', (data) => socket.send('echo ' + data)));
`;

describe.skipIf(isolation.level !== 'bubblewrap')(`bubblewrap${isolation.level === 'bubblewrap' ? '' : ` — skipped: ${isolation.reason}`}`, () => {
  it('serves HTTP from its SQLite database through the port bridge, and reports the bridged port as its own', async () => {
    const run = recordRun(await workspace('good'));
    const result = await sandbox.start(run.options);
    if (!result.ok) throw new Error(result.failure.message);
    const base = `http://127.0.0.1:${result.server.port}`;

    const created = await fetch(`${base}/notes`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"hi"}' });
    expect(created.status).toBe(201);
    expect(await (await fetch(`${base}/notes`)).json()).toEqual([{ id: 1, text: 'hi' }]);
    expect(run.output()).toContain(`"port":${result.server.port}`);
  });

  it('sees its callers at 127.0.0.1, as without bubblewrap (a rate limiter keyed by req.ip needs an address)', async () => {
    const result = await sandbox.start(recordRun(await workspace({ 'server.ts': echoServer })).options);
    if (!result.ok) throw new Error(result.failure.message);
    const seen = await (await fetch(`http://127.0.0.1:${result.server.port}/ip`)).json();
    expect(seen).toEqual({ ip: '127.0.0.1', remote: '127.0.0.1', family: 'IPv4' });
  });

  it('carries WebSockets through the bridge', async () => {
    const result = await sandbox.start(recordRun(await workspace({ 'server.ts': echoServer })).options);
    if (!result.ok) throw new Error(result.failure.message);
    const socket = new WebSocket(`ws://127.0.0.1:${result.server.port}`);
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const reply = new Promise<string>((resolve) => socket.once('message', (data) => resolve(String(data))));
    socket.send('ping');
    expect(await reply).toBe('echo ping');
    socket.close();
  });

  it('ends the whole sandbox on stop, even right after spawning, and leaves no process behind', async () => {
    const ws = await workspace('good');
    // Stopped within its first milliseconds, bwrap has not yet tied the sandbox to its own life.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      sandbox.prewarm(recordRun(ws).options);
      await sandbox.stopAll();
    }
    const result = await sandbox.start(recordRun(ws).options);
    if (!result.ok) throw new Error(result.failure.message);
    expect(processesNaming(ws.workspaceDir).length).toBeGreaterThanOrEqual(2); // bwrap, its PID 1, node
    const bridgeFolder = bridgeFolderOf(result.server.pid);
    expect(existsSync(bridgeFolder)).toBe(true);
    await sandbox.stopAll();
    expect(isAlive(result.server.pid)).toBe(false);
    await expect.poll(() => processesNaming(ws.workspaceDir)).toEqual([]);
    // stopAll resolves only once the port bridge's socket folder is gone too.
    expect(existsSync(bridgeFolder)).toBe(false);
  });
});
