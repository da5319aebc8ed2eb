// The guard runs in a real Node process, as it does in a learner's server: every way of calling
// listen must end up on 127.0.0.1.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const guardPath = fileURLToPath(new URL('../../../src-main/sandbox/loopback-guard.cjs', import.meta.url));

/** Listens with each call form in turn and prints the bound addresses as JSON. */
const listenEveryWay = `
const net = require('node:net');
const forms = {
  'listen(port)': (s, done) => s.listen(0, done),
  "listen(port, '0.0.0.0')": (s, done) => s.listen(0, '0.0.0.0', done),
  "listen(port, '::', backlog)": (s, done) => s.listen(0, '::', 511, done),
  'listen(port, backlog)': (s, done) => s.listen(0, 511, done),
  'listen(callback)': (s, done) => s.listen(done),
  "listen({ port, host: '::' })": (s, done) => s.listen({ port: 0, host: '::' }, done),
  "listen('0')": (s, done) => s.listen('0', done),
};
(async () => {
  const bound = {};
  for (const [name, listen] of Object.entries(forms)) {
    const server = net.createServer();
    await new Promise((resolve) => listen(server, resolve));
    bound[name] = server.address().address;
    server.close();
  }
  net.Server.prototype.listen = function undo() {};
  bound.reassigned = typeof net.Server.prototype.listen === 'function' && net.Server.prototype.listen.name;
  try { net.createServer().listen({ fd: 0 }); } catch (error) { bound.fd = error.message; }
  console.log(JSON.stringify(bound));
})();
`;

describe('loopback guard', () => {
  it('binds every form of listen to 127.0.0.1 and cannot be reassigned', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--require', guardPath, '-e', listenEveryWay], { env: {} });
    const bound = JSON.parse(stdout) as Record<string, string>;

    const { reassigned, fd, ...addresses } = bound;
    expect(Object.keys(addresses)).toHaveLength(7);
    expect(new Set(Object.values(addresses))).toEqual(new Set(['127.0.0.1']));
    expect(reassigned).toBe('listenOnLoopback');
    expect(fd).toContain('only lets a server listen on a port');
  });
});

const bindEveryWay = `
const dgram = require('node:dgram');
const forms = {
  'bind()': (s, done) => s.bind(done),
  'bind(port)': (s, done) => s.bind(0, done),
  "bind(port, '0.0.0.0')": (s, done) => s.bind(0, '0.0.0.0', done),
  "bind({ port, address: '0.0.0.0' })": (s, done) => s.bind({ port: 0, address: '0.0.0.0' }, done),
};
(async () => {
  const bound = {};
  for (const [name, bind] of Object.entries(forms)) {
    const socket = dgram.createSocket('udp4');
    await new Promise((resolve) => bind(socket, resolve));
    bound[name] = socket.address().address;
    socket.close();
  }
  console.log(JSON.stringify(bound));
})();
`;

describe('loopback guard for UDP', () => {
  it('binds every form of a UDP bind to 127.0.0.1', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--require', guardPath, '-e', bindEveryWay], { env: {} });
    const bound = JSON.parse(stdout) as Record<string, string>;
    expect(Object.keys(bound)).toHaveLength(4);
    expect(new Set(Object.values(bound))).toEqual(new Set(['127.0.0.1']));
  });
});

/** Listens on PORT (which the guard must send to the socket) and on another port, then waits. */
const listenBridged = `
const net = require('node:net');
const bridged = net.createServer((socket) => socket.end('through the socket')).listen(Number(process.env.PORT), '0.0.0.0', () => {
  const other = net.createServer().listen(0, () => {
    console.log(JSON.stringify({ bridged: bridged.address(), other: other.address().address }));
  });
});
`;

describe('loopback guard inside bubblewrap', () => {
  it('sends a listen on PORT to the bridge socket, still reporting the port, and keeps other ports on loopback', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bridge-test-'));
    const socketPath = join(dir, 'server.sock');
    const child = execFile(process.execPath, ['--require', guardPath, '-e', listenBridged], {
      env: { PORT: '41234', BACKEND_SANDBOX_LISTEN_SOCKET: socketPath },
    });
    try {
      const printed = await new Promise<string>((resolve) => child.stdout!.once('data', (text: Buffer | string) => resolve(String(text))));
      expect(JSON.parse(printed)).toEqual({ bridged: { address: '127.0.0.1', family: 'IPv4', port: 41234 }, other: '127.0.0.1' });
      const answer = await new Promise<string>((resolve, reject) => {
        let text = '';
        connect({ path: socketPath }).on('data', (chunk) => (text += chunk)).once('end', () => resolve(text)).once('error', reject);
      });
      expect(answer).toBe('through the socket');
    } finally {
      child.kill('SIGKILL');
      await rm(dir, { recursive: true, force: true });
    }
  });
});
