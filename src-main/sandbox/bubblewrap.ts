/**
 * The bubblewrap command line around a learner process. Pure, so what the sandbox can see is
 * written down (and tested) in one place.
 *
 * - `--unshare-all`: new user, PID, IPC, UTS, cgroup and **network** namespaces. The process sees
 *   no other process (it cannot signal the backend: it is not there) and has no network but its
 *   own loopback. Its server is reached through a Unix socket in a bound folder instead (see
 *   port-bridge.ts), so no `--share-net` is needed: sharing the host's network would give learner
 *   code every local service and the internet.
 * - The root is an empty tmpfs; only Node, its libraries, the runtime packages and the harness's
 *   own scripts are bound in read-only, the workspace (and the socket folder) read-write; a
 *   private /tmp, a minimal /dev and its own /proc. No home folder, no /etc but the time zone.
 * - `--die-with-parent`: the sandbox dies with the backend even when the backend is killed
 *   outright; `--new-session`: no controlling terminal to inject keystrokes into.
 */

export interface BubblewrapLayout {
  /** The Node binary and the libraries it loads (see isolation.ts). */
  systemFiles: string[];
  readOnly: string[];
  writable: string[];
  workingDir: string;
}

function bindEach(flag: string, paths: readonly string[]): string[] {
  return paths.flatMap((path) => [flag, path, path]);
}

/** The arguments before the command: `bwrap <these> node …`. Every path is bound at its own location. */
export function bubblewrapArgs(layout: BubblewrapLayout): string[] {
  return [
    '--unshare-all',
    '--die-with-parent',
    '--new-session',
    '--proc',
    '/proc',
    '--dev',
    '/dev',
    '--tmpfs',
    '/tmp',
    // Learner code printing dates should see the learner's time zone; the file holds nothing else.
    '--ro-bind-try',
    '/etc/localtime',
    '/etc/localtime',
    ...bindEach('--ro-bind', layout.systemFiles),
    ...bindEach('--ro-bind', layout.readOnly),
    ...bindEach('--bind', layout.writable),
    '--chdir',
    layout.workingDir,
    '--',
  ];
}
