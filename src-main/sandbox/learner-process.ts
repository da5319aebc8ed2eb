/**
 * One running learner server process: spawned from a launch plan, its output streamed and kept in
 * a bounded ring, its memory watched, and only ever ended with SIGKILL (SIGTERM can be trapped).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { Readable } from 'node:stream';
import type { ProcessExit } from './failure-messages.js';
import type { LaunchPlan } from './launch-plan.js';
import { watchMemory } from './memory-watchdog.js';
import { OutputRing } from './output-ring.js';

export type OutputStream = 'stdout' | 'stderr';

export interface LearnerProcessOptions {
  cwd: string;
  memoryMb: number;
}

export type OutputListener = (stream: OutputStream, text: string) => void;

/**
 * Every learner process still alive in this backend. If the backend ends without stopping them
 * (an uncaught exception, process.exit), the 'exit' hook kills them so no learner server outlives
 * it. A backend killed by SIGKILL runs no hook; then each learner process sees its stdin pipe
 * close and exits by itself (warm-start.cjs), and bubblewrap's --die-with-parent ends its sandbox.
 */
const liveProcesses = new Set<LearnerProcess>();
let exitHookInstalled = false;

function trackUntilExit(learner: LearnerProcess, child: ChildProcess): void {
  if (!exitHookInstalled) {
    process.once('exit', () => liveProcesses.forEach((each) => each.killNow()));
    exitHookInstalled = true;
  }
  liveProcesses.add(learner);
  child.once('exit', () => liveProcesses.delete(learner));
}

/**
 * bwrap writes `{ "child-pid": N, … }` to its --info-fd once the sandbox exists: N is the
 * sandbox's first process (PID 1 inside), whose death ends every process in the sandbox.
 * Resolves with undefined when bwrap ends before that.
 */
function sandboxRootPid(child: ChildProcess, infoFd: number): Promise<number | undefined> {
  const info = child.stdio[infoFd];
  if (!(info instanceof Readable)) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    let text = '';
    info.setEncoding('utf8');
    info.on('data', (chunk: string) => {
      text += chunk;
      const pid = /"child-pid":\s*(\d+)/.exec(text)?.[1];
      if (pid !== undefined) resolve(Number(pid));
    });
    info.once('close', () => resolve(undefined));
  });
}

function spawned(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', reject);
  });
}

export class LearnerProcess {
  readonly exited: Promise<ProcessExit>;
  private readonly output = new OutputRing();
  private exceededMemory = false;
  private stopRequested = false;
  /** Inside bubblewrap: the sandbox's PID 1, as the host numbers it, once bwrap has said. */
  private sandboxPid: number | undefined;
  /** Only while bwrap is still setting its sandbox up: settles once it has (or has given up). */
  private sandboxPending: Promise<unknown> | undefined;
  /** Output before the process is given code (a prewarmed one) only goes to the ring. */
  private onOutput: OutputListener = () => undefined;

  private constructor(
    private readonly child: ChildProcess,
    readonly pid: number,
    options: LearnerProcessOptions,
    /** The sandbox's PID 1 once bwrap reports it; undefined without bubblewrap. */
    sandboxRoot: Promise<number | undefined> | undefined,
  ) {
    this.sandboxPending = sandboxRoot?.then((pid) => {
      this.sandboxPid = pid;
      this.sandboxPending = undefined;
    });
    this.pipeOutput('stdout');
    this.pipeOutput('stderr');
    const stopWatching = watchMemory(pid, options.memoryMb, () => {
      this.exceededMemory = true;
      this.killNow();
    });
    // 'close' rather than 'exit': it waits for stdout/stderr to drain, so the failure report
    // holds the process's last words.
    this.exited = new Promise((resolve) => {
      child.once('close', (code, signal) => {
        stopWatching();
        resolve({ code, signal });
      });
    });
  }

  /** Resolves once the process is running; rejects if it could not be spawned at all. */
  static async start(plan: LaunchPlan, options: LearnerProcessOptions): Promise<LearnerProcess> {
    const stdio = plan.infoFd === undefined ? ['pipe', 'pipe', 'pipe'] : ['pipe', 'pipe', 'pipe', 'pipe'];
    const child = spawn(plan.command, plan.args, { cwd: options.cwd, env: plan.env, stdio: stdio as ['pipe', 'pipe', 'pipe'] });
    await spawned(child);
    if (child.pid === undefined) throw new Error('the learner process started without a pid');
    const learner = new LearnerProcess(child, child.pid, options, plan.infoFd === undefined ? undefined : sandboxRootPid(child, plan.infoFd));
    trackUntilExit(learner, child);
    return learner;
  }

  /**
   * Tells the waiting process (see warm-start.cjs) which bundle to run, and where its output goes
   * from now on. Stdin stays open: its closing is how the process learns that the backend is gone.
   */
  run(bundlePath: string, onOutput: OutputListener): void {
    this.onOutput = onOutput;
    this.child.stdin?.on('error', () => undefined); // a process that already died cannot read; its exit says why
    this.child.stdin?.write(`${bundlePath}\n`);
  }

  /** False once the process has ended. */
  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** True when the memory watchdog is what killed it. */
  get killedForMemory(): boolean {
    return this.exceededMemory;
  }

  /** True when the process ended because `stop()` asked it to. */
  get stoppedOnPurpose(): boolean {
    return this.stopRequested;
  }

  recentOutput(): string {
    return this.output.text();
  }

  /**
   * SIGKILL; resolves when the process is gone (at once if it already is: kill is then a no-op).
   * Inside bubblewrap it first waits for the sandbox to exist: bwrap killed in its first
   * milliseconds, before it has tied the sandbox to its own life, leaves the sandbox behind.
   */
  stop(): Promise<ProcessExit> {
    this.stopRequested = true;
    // Synchronous whenever it can be: callers count on a stopped process being signalled at once.
    if (this.sandboxPending === undefined) {
      this.killNow();
      return this.exited;
    }
    return this.sandboxPending.then(() => {
      this.killNow();
      return this.exited;
    });
  }

  /**
   * SIGKILL to the sandbox's PID 1 (ending its whole PID namespace) and to the spawned process.
   * The sandbox pid is signalled only while bwrap, its parent, is alive: until bwrap has exited,
   * that pid cannot have been reused by an unrelated process.
   */
  killNow(): void {
    if (this.sandboxPid !== undefined && this.alive) {
      try {
        process.kill(this.sandboxPid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    this.child.kill('SIGKILL');
  }

  private pipeOutput(stream: OutputStream): void {
    const source = this.child[stream];
    if (source === null) return;
    source.setEncoding('utf8'); // never split a multi-byte character between two chunks
    source.on('data', (text: string) => {
      this.output.push(text);
      this.onOutput(stream, text);
    });
  }
}
