/**
 * The main script of every learner process (the learner's bundle is not on the command line).
 *
 * Starting Node and loading Express and better-sqlite3 is most of the time between "Run checks"
 * and a listening server. This script does that part first, before the learner's code is known,
 * then waits for one line on stdin: the path of the bundle to run. A cold start sends the path at
 * once; a prewarmed process was spawned after the previous run and has been waiting, so the
 * learner only pays for their own code. The permission flags, the guard and the limits are the
 * same either way: they were fixed when the process was spawned.
 */
'use strict';

const path = require('node:path');

function preload() {
  const modules = process.env.NODE_PATH;
  if (!modules) return;
  try {
    // The same resolved files the bundle's require('express') will hit, so it finds them cached.
    require(path.join(modules, 'express'));
    const Database = require(path.join(modules, 'better-sqlite3'));
    // Loads the native addon, which better-sqlite3 otherwise does on the first `new Database`.
    new Database(':memory:').close();
  } catch {
    // A missing library only means the learner's own require will report it, in their context.
  }
}

function runWhenToldWhat() {
  let received = '';
  let running = false;
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => {
    if (running) return;
    received += chunk;
    const newline = received.indexOf('\n');
    if (newline < 0) return;
    running = true;
    // Unref'd: a learner program that never listens must still be able to exit on its own.
    process.stdin.unref();
    require(received.slice(0, newline));
  });
  // The backend holds the other end of stdin. When it goes — even killed outright, with no
  // chance to stop us — the pipe closes, and a learner process must not outlive it.
  process.stdin.on('end', () => process.exit(0));
}

preload();
runWhenToldWhat();
