/**
 * Runs a learner's server: transpiles their workspace, starts it as a separate, confined Node
 * process on a free loopback port, and reports in plain words when it does not come up or dies.
 *
 * The layers, from the inside out: preloaded guards (every listen on 127.0.0.1, better-sqlite3
 * kept inside the workspace, signals only to itself), Node's permission model (filesystem confined
 * to the workspace and the runtime packages; no child processes, no workers), where the machine
 * allows it bubblewrap around all of that (see isolation.ts), a V8 heap limit, and a parent-side
 * watchdog on the process's real memory. Every process ends with SIGKILL, so learner code cannot
 * trap its way out of a stop; as it may not start processes of its own, there is never a tree to
 * hunt down (inside bubblewrap, killing bwrap ends its whole PID namespace).
 */
import { fileURLToPath } from 'node:url';
import type { ServerFailure } from '../contract/api.js';
import {
  exitFailure,
  memoryFailure,
  startTimeoutFailure,
  syntaxFailure,
  type Phase,
  type ProcessExit,
} from './failure-messages.js';
import { pickFreeLoopbackPort } from './free-port.js';
import { permissionModelOnly, type Isolation } from './isolation.js';
import { buildLaunchPlan, insideBubblewrap, type LaunchPlan } from './launch-plan.js';
import { LearnerProcess } from './learner-process.js';
import { openPortBridge } from './port-bridge.js';
import { transpileLearnerCode } from './transpile.js';
import type { ListenTarget } from './wait-for-port.js';
import { waitUntilListening } from './wait-until-listening.js';

export interface SandboxLimits {
  startTimeoutMs: number;
  /** The limit on resident memory (RSS), in MB. */
  memoryMb: number;
}

/**
 * - startTimeoutMs 5000: an Express + better-sqlite3 server listens ~0.1 s after spawn here; 5 s
 *   leaves room for a slow laptop with a cold disk cache, while a learner whose code loops
 *   before `listen` still hears back quickly.
 * - memoryMb 256: such a server idles at ~60 MB RSS, leaving ~190 MB for the learner's data and
 *   experiments, yet a runaway loop is stopped long before it can make the learner's machine swap.
 */
export const defaultLimits: SandboxLimits = { startTimeoutMs: 5000, memoryMb: 256 };

export interface LearnerServerOptions {
  /** Absolute; holds the learner's source files (e.g. server.ts, db.ts) and the lesson database. */
  workspaceDir: string;
  /** Workspace-relative entry file, e.g. 'server.ts'. */
  entry: string;
  /** Absolute path of the lesson's SQLite file, inside workspaceDir. */
  databasePath: string;
  /** Absolute path of the node_modules folder learner code may import from (express, better-sqlite3, ws, zod). */
  runtimeModulesDir: string;
  limits?: Partial<SandboxLimits>;
  /** Live, as the child prints. */
  onOutput(stream: 'stdout' | 'stderr', text: string): void;
  /** After a successful start, when the process ends; null when we stopped it on purpose. */
  onExit(failure: ServerFailure | null): void;
}

export interface LearnerServer {
  readonly port: number;
  readonly pid: number;
  /** True when it ran in a process spawned ahead of time, so the learner did not wait for Node to boot. */
  readonly prewarmed: boolean;
  /** The last ~40 lines of stdout and stderr, interleaved. */
  recentOutput(): string;
  /** SIGKILL; resolves when the process has exited. */
  stop(): Promise<void>;
}

export type StartResult = { ok: true; server: LearnerServer } | { ok: false; failure: ServerFailure };

/** Preloaded into every learner process; the build copies them beside the backend bundle. */
const loopbackGuardPath = fileURLToPath(new URL('./loopback-guard.cjs', import.meta.url));
const signalGuardPath = fileURLToPath(new URL('./signal-guard.cjs', import.meta.url));
const sqliteGuardPath = fileURLToPath(new URL('./sqlite-guard.cjs', import.meta.url));
/** The main script of every learner process; copied beside the bundle likewise. */
const warmStartPath = fileURLToPath(new URL('./warm-start.cjs', import.meta.url));

/** What a process is spawned with before the learner's code is known. */
export type WarmOptions = Pick<LearnerServerOptions, 'workspaceDir' | 'databasePath' | 'runtimeModulesDir' | 'limits'>;

interface SpawnedProcess {
  child: LearnerProcess;
  /** The loopback port clients use (inside bubblewrap, the port bridge's). */
  port: number;
  /** Where to wait for the learner's server to listen. */
  listenTarget: ListenTarget;
}

export interface SandboxOptions {
  /**
   * False switches off Node's permission model and the signal and SQLite guards, leaving
   * bubblewrap alone. Only the security report uses it, to show what the operating system holds
   * by itself should learner code get past the Node-level layers.
   */
  nodeLayers?: boolean;
}

/** A prewarmed process serves only the workspace, database and limits it was spawned with. */
function warmKey(options: WarmOptions, limits: SandboxLimits): string {
  return JSON.stringify([options.workspaceDir, options.databasePath, options.runtimeModulesDir, limits.memoryMb]);
}

export class Sandbox {
  /**
   * Processes started and not yet cleaned up (prewarmed, starting or serving), each with the
   * promise that settles once it has exited and what it left (the port bridge's folder) is gone.
   */
  private readonly running = new Map<LearnerProcess, Promise<void>>();
  private warm: (SpawnedProcess & { key: string }) | undefined;
  private prewarming: Promise<void> = Promise.resolve();
  private readonly nodeLayers: boolean;

  /** `isolation` comes from detectIsolation() (once per backend); without it, the permission model only. */
  constructor(
    readonly isolation: Isolation = permissionModelOnly('no isolation level was detected for this sandbox'),
    options: SandboxOptions = {},
  ) {
    this.nodeLayers = options.nodeLayers ?? true;
    if (!this.nodeLayers && isolation.level !== 'bubblewrap') throw new Error('only bubblewrap can run without the Node-level layers');
  }

  /**
   * Transpiles and starts the learner's server; resolves once it accepts connections or with the
   * reason it did not. Rejects only when the harness itself breaks (esbuild, spawning Node).
   */
  async start(options: LearnerServerOptions): Promise<StartResult> {
    const limits: SandboxLimits = { ...defaultLimits, ...options.limits };
    const built = await transpileLearnerCode(options.workspaceDir, options.entry);
    if (!built.ok) return { ok: false, failure: syntaxFailure(built.message) };

    const { child, port, listenTarget, prewarmed } = await this.takeProcess(options, limits);
    child.run(built.bundlePath, options.onOutput);
    const outcome = await waitUntilListening(child, listenTarget, limits.startTimeoutMs);
    if (outcome === 'listening') return { ok: true, server: this.watchRunningServer(child, port, options, limits, prewarmed) };
    if (outcome === 'timed-out') await child.stop();
    return { ok: false, failure: await this.startFailure(child, outcome, port, options.workspaceDir, limits) };
  }

  /** Kills every learner process this Sandbox started, the prewarmed one too; resolves when all have exited and are cleaned up. */
  async stopAll(): Promise<void> {
    await this.prewarming;
    this.warm = undefined;
    await Promise.all([...this.running].map(async ([child, cleanedUp]) => {
      await child.stop();
      await cleanedUp;
    }));
  }

  /** The prewarmed process when it was made for this very workspace and limits, else a fresh one. */
  private async takeProcess(options: LearnerServerOptions, limits: SandboxLimits): Promise<SpawnedProcess & { prewarmed: boolean }> {
    await this.prewarming;
    const warm = this.warm;
    this.warm = undefined;
    if (warm?.key === warmKey(options, limits) && warm.child.alive) return { ...warm, prewarmed: true };
    if (warm) void warm.child.stop();
    return { ...(await this.spawnProcess(options, limits)), prewarmed: false };
  }

  private async spawnProcess(options: WarmOptions, limits: SandboxLimits): Promise<SpawnedProcess> {
    const { plan, port, listenTarget, release } = await this.launchPlan(options, limits);
    let child: LearnerProcess;
    try {
      child = await LearnerProcess.start(plan, { cwd: options.workspaceDir, memoryMb: limits.memoryMb });
    } catch (error) {
      await release();
      throw error;
    }
    this.running.set(
      child,
      child.exited.then(async () => {
        await release();
        this.running.delete(child);
      }),
    );
    return { child, port, listenTarget };
  }

  /** The command line for this isolation level, and what to clean up once the process is gone. */
  private async launchPlan(
    options: WarmOptions,
    limits: SandboxLimits,
  ): Promise<{ plan: LaunchPlan; port: number; listenTarget: ListenTarget; release: () => Promise<void> }> {
    const preloads = this.nodeLayers ? [loopbackGuardPath, signalGuardPath, sqliteGuardPath] : [loopbackGuardPath];
    const inputs = {
      workspaceDir: options.workspaceDir,
      runtimeModulesDir: options.runtimeModulesDir,
      preloadPaths: preloads,
      warmStartPath,
      databasePath: options.databasePath,
      memoryMb: limits.memoryMb,
      permissionModel: this.nodeLayers,
    };
    if (this.isolation.level !== 'bubblewrap') {
      const port = await pickFreeLoopbackPort();
      return { plan: buildLaunchPlan({ ...inputs, port }), port, listenTarget: { port }, release: async () => undefined };
    }
    const bridge = await openPortBridge();
    const plan = insideBubblewrap(buildLaunchPlan({ ...inputs, port: bridge.port, listenSocketPath: bridge.socketPath }), this.isolation.bwrapPath, {
      systemFiles: this.isolation.systemFiles,
      readOnly: [options.runtimeModulesDir, ...preloads, warmStartPath],
      writable: [options.workspaceDir, bridge.socketDir],
      workingDir: options.workspaceDir,
    });
    return { plan, port: bridge.port, listenTarget: { path: bridge.socketPath }, release: bridge.close };
  }

  /**
   * Spawns a process for the next start of this workspace (see warm-start.cjs), so that start
   * skips Node's boot and the library loading. One is kept at a time: a process readied for
   * another workspace is stopped. Limits default as in start(); the key includes them.
   */
  prewarm(options: WarmOptions): void {
    const limits: SandboxLimits = { ...defaultLimits, ...options.limits };
    const key = warmKey(options, limits);
    this.prewarming = this.prewarming.then(async () => {
      if (this.warm?.key === key && this.warm.child.alive) return;
      if (this.warm) void this.warm.child.stop();
      this.warm = undefined;
      try {
        this.warm = { key, ...(await this.spawnProcess(options, limits)) };
      } catch {
        // No warm process: the next start simply starts cold.
      }
    });
  }


  /** From now on an exit is reported through onExit. */
  private watchRunningServer(
    child: LearnerProcess,
    port: number,
    options: LearnerServerOptions,
    limits: SandboxLimits,
    prewarmed: boolean,
  ): LearnerServer {
    void child.exited.then((exit) => {
      options.onExit(child.stoppedOnPurpose ? null : whyItEnded(child, exit, 'running', options.workspaceDir, limits));
    });
    return {
      port,
      pid: child.pid,
      prewarmed,
      recentOutput: () => child.recentOutput(),
      stop: async () => {
        await child.stop();
      },
    };
  }

  private async startFailure(
    child: LearnerProcess,
    outcome: 'exited' | 'timed-out',
    port: number,
    workspaceDir: string,
    limits: SandboxLimits,
  ): Promise<ServerFailure> {
    const exit = await child.exited;
    if (outcome === 'timed-out' && !child.killedForMemory) {
      return startTimeoutFailure(port, limits.startTimeoutMs, child.recentOutput());
    }
    return whyItEnded(child, exit, 'starting', workspaceDir, limits);
  }
}

function whyItEnded(
  child: LearnerProcess,
  exit: ProcessExit,
  phase: Phase,
  workspaceDir: string,
  limits: SandboxLimits,
): ServerFailure {
  const output = child.recentOutput();
  if (child.killedForMemory) return memoryFailure(limits.memoryMb, output);
  return exitFailure(exit, output, phase, { workspaceDir, memoryMb: limits.memoryMb });
}
