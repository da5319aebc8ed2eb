/**
 * Preloaded (`node --require`) into every learner process: `process.kill` may signal only the
 * process itself. Node's permission model does not cover signals, so without this a learner's
 * `process.kill(process.ppid)` would stop the whole app, and `process.kill(0)` (the process group,
 * which the learner process shares with the backend) would take everything with it.
 *
 * Inside bubblewrap this is a second layer: the process has a PID namespace of its own, where the
 * backend and every other process simply do not exist. Without bubblewrap it is a speed bump,
 * not a wall: it guards the JavaScript entry points (`process.kill` and the internal
 * `process._kill` it calls), not the system call, so code that finds another way to make a
 * syscall is not stopped by it.
 */
'use strict';

class SandboxError extends Error {
  constructor(message) {
    super(message);
    this.name = 'SandboxError';
  }
}

function replaceForGood(name, value) {
  Object.defineProperty(process, name, { value, writable: false, configurable: false, enumerable: true });
}

function onlySelf(original) {
  return function signalOnlySelf(pid, ...rest) {
    // Only this pid: 0 and negative pids mean process groups, which include the backend.
    if (Number(pid) !== process.pid) {
      throw new SandboxError(`The sandbox lets your code signal only its own process (${process.pid}), not pid ${pid}.`);
    }
    return original.call(process, pid, ...rest);
  };
}

replaceForGood('_kill', onlySelf(process._kill));
replaceForGood('kill', onlySelf(process.kill));
