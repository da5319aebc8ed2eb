/**
 * Preloaded (`node --require`) into every learner server before the learner's code runs.
 *
 * Learner code is untrusted and its server must only be reachable from this machine. Express's
 * `app.listen(PORT)` names no host, which Node turns into "every interface" ('::' / '0.0.0.0'),
 * so a lesson server would be open to the whole network. This guard rewrites every TCP listen to
 * 127.0.0.1, whatever host the code asked for; the port and callback are kept, so
 * `app.listen(PORT)` keeps working. The harness also connects to 127.0.0.1, so a learner who asks
 * for 'localhost' or '::1' still gets a server the checks can reach.
 *
 * Inside bubblewrap the process has a network of its own, which the backend cannot reach: there
 * the harness names a Unix socket (BACKEND_SANDBOX_LISTEN_SOCKET) in a folder both sides see, and a
 * listen on PORT goes to that socket instead; the backend's port bridge (port-bridge.ts) carries
 * 127.0.0.1:PORT on the host to it. `server.address()` still reports the port, so code that prints
 * it keeps telling the truth about where the server is reached.
 *
 * This stops accidents and the documented API. It is not a wall against code that reaches into
 * Node internals on purpose; the permission model, bubblewrap and the parent's limits are the
 * other layers.
 */
'use strict';

const dgram = require('node:dgram');
const net = require('node:net');

const LOOPBACK = '127.0.0.1';
const originalListen = net.Server.prototype.listen;
// Read once, before learner code can change the environment.
const bridgeSocket = process.env.BACKEND_SANDBOX_LISTEN_SOCKET;
const bridgedPort = Number(process.env.PORT);

/** Node treats a string that is not a number as a Unix socket / named pipe path. */
function isPipePath(value) {
  return typeof value === 'string' && !(Number(value) >= 0);
}

/**
 * The arguments of listen() or bind(), with the address forced to loopback. Both take
 * (port[, address], ...rest) or ({ port, <addressKey>, fd }, ...rest); a leading callback means
 * port 0; an `fd` (or an existing handle) is already bound somewhere we cannot see, so it is refused.
 */
function withLoopbackAddress(args, addressKey, refusal) {
  const [first] = args;
  if (first !== null && typeof first === 'object') {
    if (first._handle !== undefined || first.fd !== undefined) throw new Error(refusal);
    return [{ ...first, [addressKey]: LOOPBACK }, ...args.slice(1)];
  }
  const [port, ...rest] = typeof first === 'function' ? [0, ...args] : args;
  const afterAddress = typeof rest[0] === 'string' ? rest.slice(1) : rest;
  return [port ?? 0, LOOPBACK, ...afterAddress];
}

/** Not writable, so a plain assignment in learner code (or a library) cannot undo the guard. */
function replaceForGood(prototype, name, value) {
  Object.defineProperty(prototype, name, { value, writable: false, configurable: false });
}

function listenOnLoopback(...args) {
  const [first] = args;
  // Unix sockets and named pipes live in the filesystem (which the permission model confines),
  // and nothing outside this machine can reach them.
  if (isPipePath(first) || (first !== null && typeof first === 'object' && first.path !== undefined)) {
    return originalListen.apply(this, args);
  }
  const refusal = 'The sandbox only lets a server listen on a port, e.g. app.listen(process.env.PORT).';
  const onLoopback = withLoopbackAddress(args, 'host', refusal);
  return isBridgedPort(onLoopback[0]) ? listenOnBridge(this, onLoopback) : originalListen.apply(this, onLoopback);
}

/** Whether listen's rewritten first argument (a port, or options with a port) asks for PORT. */
function isBridgedPort(first) {
  const port = first !== null && typeof first === 'object' ? first.port : first;
  return bridgeSocket !== undefined && port !== undefined && Number(port) === bridgedPort;
}

function listenOnBridge(server, [first, ...rest]) {
  const target = typeof first === 'object' ? { ...first, host: undefined, port: undefined, path: bridgeSocket } : bridgeSocket;
  // Positional: (port, host, ...rest) became (path, ...rest without the host).
  const after = typeof first === 'object' ? rest : rest.slice(1);
  Object.defineProperty(server, 'address', {
    value: () => (server.listening ? { address: LOOPBACK, family: 'IPv4', port: bridgedPort } : null),
    configurable: true,
  });
  // A Unix socket has no peer address, so req.ip would be undefined and a rate limiter keyed by it
  // would lump everyone together or throw. Every caller really is on this machine: say 127.0.0.1,
  // as a server outside bubblewrap would see.
  server.prependListener('connection', asLoopbackPeer);
  return originalListen.call(server, target, ...after);
}

function asLoopbackPeer(socket) {
  for (const [name, value] of [['remoteAddress', LOOPBACK], ['remoteFamily', 'IPv4']]) {
    Object.defineProperty(socket, name, { value, configurable: true });
  }
}

replaceForGood(net.Server.prototype, 'listen', listenOnLoopback);

/**
 * UDP sockets bind to every interface by default too: the address becomes 127.0.0.1 whatever was
 * asked for (a udp6 socket given an IPv4 address is refused by Node, which is still safe).
 */
const originalBind = dgram.Socket.prototype.bind;

function bindOnLoopback(...args) {
  return originalBind.apply(this, withLoopbackAddress(args, 'address', 'The sandbox only lets a UDP socket bind to a port.'));
}

replaceForGood(dgram.Socket.prototype, 'bind', bindOnLoopback);
