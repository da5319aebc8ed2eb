/**
 * The exact command line and environment a learner's server runs with. Everything the sandbox
 * allows or forbids at the Node level is decided here, in pure functions, so it can be read
 * (and tested) in one place; bubblewrap.ts does the same for the operating-system level.
 */
import { bubblewrapArgs, type BubblewrapLayout } from './bubblewrap.js';

export interface LaunchInputs {
  workspaceDir: string;
  runtimeModulesDir: string;
  /** Scripts preloaded (`--require`), in order, before anything else runs: the guards. */
  preloadPaths: string[];
  /** The process's main script; it loads the libraries, then runs the bundle named on stdin. */
  warmStartPath: string;
  databasePath: string;
  port: number;
  memoryMb: number;
  /** Node's permission model; off only where the security report shows what bubblewrap holds alone. */
  permissionModel: boolean;
  /** Inside bubblewrap's private network: the Unix socket the server's `listen(PORT)` goes to (port-bridge.ts). */
  listenSocketPath?: string;
}

/** Read by loopback-guard.cjs. */
export const LISTEN_SOCKET_ENV = 'BACKEND_SANDBOX_LISTEN_SOCKET';

export interface LaunchPlan {
  command: string;
  args: string[];
  env: Record<string, string>;
  /** Inside bubblewrap: the extra pipe bwrap reports its sandbox's pid on (learner-process.ts). */
  infoFd?: number;
}

/** The first descriptor after stdin, stdout and stderr. */
const BUBBLEWRAP_INFO_FD = 3;

/**
 * The V8 heap gets three quarters of the RSS limit; Node itself needs ~60 MB besides (code, young
 * generation, native libraries, SQLite's page cache). A heap bomb therefore crosses the RSS limit
 * first and the parent's watchdog stops it within ~0.1 s, whereas V8 at its own limit thrashes
 * through seconds of last-resort collections before giving up. The heap limit is the backstop
 * where the watchdog cannot look (no /proc outside Linux).
 */
const HEAP_SHARE_OF_MEMORY = 0.75;
const MIN_HEAP_MB = 32;

export function heapLimitMb(memoryMb: number): number {
  return Math.max(MIN_HEAP_MB, Math.floor(memoryMb * HEAP_SHARE_OF_MEMORY));
}

/**
 * The permission model's own warnings talk about the harness, not the learner's code. The flag
 * arrived in Node 20.11 and the app supports 20.6+, where an unknown flag would stop every start.
 */
function quietPermissionWarnings(): string[] {
  if (!process.allowedNodeEnvironmentFlags.has('--disable-warning')) return [];
  return ['--disable-warning=ExperimentalWarning', '--disable-warning=SecurityWarning'];
}

function permissionFlags(inputs: LaunchInputs): string[] {
  return [
    // Node 20 spells it --experimental-permission (Node 22+ --permission). It blocks fs outside
    // the allowed folders, child processes, workers and the inspector: none is re-allowed here.
    '--experimental-permission',
    // One flag per folder: Node 20 does not accept a comma-separated list.
    `--allow-fs-read=${inputs.workspaceDir}`,
    `--allow-fs-read=${inputs.runtimeModulesDir}`,
    ...inputs.preloadPaths.map((path) => `--allow-fs-read=${path}`),
    `--allow-fs-read=${inputs.warmStartPath}`,
    `--allow-fs-write=${inputs.workspaceDir}`,
    // better-sqlite3 is a native addon.
    '--allow-addons',
    ...quietPermissionWarnings(),
  ];
}

export function buildLaunchPlan(inputs: LaunchInputs): LaunchPlan {
  const args = [
    ...(inputs.permissionModel ? permissionFlags(inputs) : []),
    `--max-old-space-size=${heapLimitMb(inputs.memoryMb)}`,
    // The bundle carries an inline source map: stack traces then name the learner's .ts lines.
    '--enable-source-maps',
    ...inputs.preloadPaths.map((path) => `--require=${path}`),
    inputs.warmStartPath,
  ];
  // A clean environment: nothing of the backend's (tokens, proxies, NODE_OPTIONS) leaks in, and
  // inheriting it was measured to cost ~80 ms per start (e.g. NODE_EXTRA_CA_CERTS).
  const env = {
    PORT: String(inputs.port),
    DATABASE_PATH: inputs.databasePath,
    // Lets the CommonJS bundle `require('express')` from the app's own node_modules.
    NODE_PATH: inputs.runtimeModulesDir,
    NODE_ENV: 'development',
    ...(inputs.listenSocketPath === undefined ? {} : { [LISTEN_SOCKET_ENV]: inputs.listenSocketPath }),
  };
  return { command: process.execPath, args, env };
}

/** The same plan, run by bubblewrap: `bwrap <layout> -- node <args>`, same environment. */
export function insideBubblewrap(plan: LaunchPlan, bwrapPath: string, layout: BubblewrapLayout): LaunchPlan {
  return {
    command: bwrapPath,
    args: ['--info-fd', String(BUBBLEWRAP_INFO_FD), ...bubblewrapArgs(layout), plan.command, ...plan.args],
    env: plan.env,
    infoFd: BUBBLEWRAP_INFO_FD,
  };
}
