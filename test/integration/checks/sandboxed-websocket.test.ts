/**
 * Learner code may import `ws` by its real name: in the real sandbox (permission model, loopback
 * guard, packages from the runtime node_modules) a learner's WebSocket server starts and t.ws
 * checks pass against it.
 */
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src-main/checks/runner.js';
import { Sandbox } from '../../../src-main/sandbox/sandbox.js';
import { recordRun, useSandbox } from '../../fixtures/sandbox/workspace.js';
import { join } from 'node:path';

const sandbox = new Sandbox();
const workspace = useSandbox(sandbox);
const checksFile = join(import.meta.dirname, '../../fixtures/lessons/checks/sandboxed-ws-checks.ts');

const server = `
import express from 'express';
import { createServer } from 'node:http';
import { WebSocketServer, WebSocket } from 'ws';

const app = express();
const server = createServer(app);
const wss = new WebSocketServer({ server, path: '/chat' });
wss.on('connection', (socket: WebSocket) => {
  socket.on('message', (data) => {
    for (const client of wss.clients) if (client !== socket && client.readyState === WebSocket.OPEN) client.send(data.toString());
  });
});
server.listen(Number(process.env.PORT));
`;

describe('a learner WebSocket server in the sandbox', () => {
  it('imports ws from the runtime node_modules and passes t.ws checks', async () => {
    const created = await workspace({ 'server.ts': server });
    const run = recordRun(created);
    const started = await sandbox.start(run.options);
    if (!started.ok) throw new Error(`the learner server did not start: ${JSON.stringify(started.failure)}\n${run.output()}`);
    const { results } = await runChecks({
      baseUrl: `http://127.0.0.1:${started.server.port}`,
      databasePath: created.databasePath,
      files: [{ path: 'server.ts', content: server }],
      steps: [{ stepId: 'chat', checksFile }],
      onResult: () => undefined,
    });
    expect(results.map((result) => [result.status, result.message])).toEqual([['passed', '']]);
  });
});
