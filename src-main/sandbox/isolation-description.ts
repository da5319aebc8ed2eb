/**
 * What each isolation level protects against, in the learner's words, for the page's sandbox
 * indicator and `GET /api/sandbox`. The README's security section says the same at more length;
 * the security report (`npm run security:report`) shows it attack by attack.
 */
import type { SandboxInfo } from '../contract/api.js';
import type { Isolation } from './isolation.js';

const BOTH_LEVELS_STOP = [
  'It cannot start other programs or worker threads, or open a debugger (Node’s permission model).',
  'A server that never starts listening, or that uses too much memory, is stopped.',
  'Its server listens only on 127.0.0.1: nothing outside this computer can reach it.',
];

const BOTH_LEVELS_ALLOW = [
  'It can read and change everything in its own workspace: the lesson’s files and its database.',
  'A running server can use the processor fully until it is stopped, and fill the workspace up to the free disk space.',
];

const BUBBLEWRAP: Pick<SandboxInfo, 'title' | 'protects' | 'doesNotProtect'> = {
  title: 'Strong isolation (bubblewrap)',
  protects: [
    'Your code sees only its workspace, Node and the installed libraries: not your home folder or other files.',
    'It can write only in its workspace; its /tmp is private and vanishes with it.',
    'It has no network: no internet and no other program on this computer, only its own server, reached through the app.',
    'It cannot see or signal other processes, this app included (a PID namespace of its own).',
    'SQLite stays in the workspace: ATTACH, VACUUM INTO, backups elsewhere and extensions are refused, and nothing outside is visible anyway.',
    ...BOTH_LEVELS_STOP,
  ],
  doesNotProtect: [
    ...BOTH_LEVELS_ALLOW,
    'A flaw in the Linux kernel or in bubblewrap would be a way out: this is a sandbox, not a virtual machine.',
  ],
};

const PERMISSION_MODEL: Pick<SandboxInfo, 'title' | 'protects' | 'doesNotProtect'> = {
  title: 'Basic isolation (Node permission model)',
  protects: [
    'File access from JavaScript is confined to the workspace (read and write) and the installed libraries (read only).',
    'SQLite stays in the workspace: ATTACH, VACUUM INTO, backups elsewhere and extensions are refused by a guard.',
    'process.kill works only on its own process (a guard), so it cannot stop this app.',
    ...BOTH_LEVELS_STOP,
  ],
  doesNotProtect: [
    'Outgoing network connections: your code can reach the internet and services on this computer (this app’s API still needs its secret token).',
    'The SQLite and signal guards run inside your code’s own process: they stop mistakes and ordinary code, not code written on purpose to get around them.',
    'Node calls its permission model a seat belt, not a security boundary against deliberately hostile code: run only lesson code you wrote or trust.',
    ...BOTH_LEVELS_ALLOW,
  ],
};

export function describeIsolation(isolation: Isolation): SandboxInfo {
  if (isolation.level === 'bubblewrap') return { level: 'bubblewrap', ...BUBBLEWRAP };
  return { level: 'permission-model', ...PERMISSION_MODEL, reason: isolation.reason };
}
