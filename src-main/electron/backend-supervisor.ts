/**
 * Keeps a backend running behind the window: starts it, restarts it when it crashes (the
 * window then shows the new one), and gives up when it crashes again and again, handing over
 * the last lines it printed so the learner sees why. It knows nothing of Electron: the launch
 * function, the clock and the reactions are parameters, so tests drive it with stand-ins and
 * with real processes alike.
 */
import type { LogStream } from '../launcher/backend-launcher.js';
import { OutputRing } from '../sandbox/output-ring.js';
import { CrashHistory, type CrashLimit } from './crash-history.js';

/** The members of a launched backend (see backend-launcher.ts) the supervisor uses. */
export interface SupervisedBackend {
  child: { once(event: 'exit', listener: (code: number | null, signal: NodeJS.Signals | null) => void): unknown };
  stop(): Promise<void>;
}

export type LogListener = (line: string, stream: LogStream) => void;

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface GiveUp {
  /** What went wrong the last time. */
  reason: string;
  /** The backend's last lines of output, across its recent launches, oldest first. */
  logTail: string[];
}

export interface SupervisorReactions<B> {
  /** A backend is ready — at the start, after a restart, after a retry: show it. */
  ready(backend: B): void;
  /** The backend crashed and is about to be started again. */
  restarting(reason: string): void;
  /** It crashed too often: nothing runs until retry(). */
  gaveUp(failure: GiveUp): void;
}

export interface SupervisorOptions<B> {
  /** Starts one backend; `onLog` gets every line it prints. Rejects if it never becomes ready. */
  launch(onLog: LogListener): Promise<B>;
  reactions: SupervisorReactions<B>;
  /** Also gets every line (the terminal that started the app). */
  onLog?: LogListener;
  limit?: CrashLimit;
  /** Pause before a restart: long enough to read the "restarting" screen, short enough not to wait for. */
  restartDelayMs?: number;
  clock?: Clock;
}

const LOG_TAIL_LINES = 30;

export class BackendSupervisor<B extends SupervisedBackend> {
  private running: B | undefined;
  /** A launch that has not resolved yet: stop() must wait for it, or its backend would outlive the app. */
  private launching: Promise<B> | undefined;
  private stopping = false;
  private readonly crashes: CrashHistory;
  private readonly logTail = new OutputRing(LOG_TAIL_LINES);
  private readonly clock: Clock;

  constructor(private readonly options: SupervisorOptions<B>) {
    this.crashes = new CrashHistory(options.limit);
    this.clock = options.clock ?? realClock;
  }

  /** The backend that is running now, if any. */
  get current(): B | undefined {
    return this.running;
  }

  start(): Promise<void> {
    return this.launch();
  }

  /** After gaveUp: earlier crashes are forgiven and the backend is started afresh. */
  retry(): Promise<void> {
    this.crashes.forget();
    return this.launch();
  }

  /** Stops the backend for good: an exit from here on is not a crash. */
  async stop(): Promise<void> {
    this.stopping = true;
    const launched = await this.launching?.catch(() => undefined);
    await Promise.all([launched?.stop(), this.running?.stop()]);
  }

  private async launch(): Promise<void> {
    let backend: B;
    try {
      this.launching = this.options.launch((line, stream) => {
        this.logTail.push(`${line}\n`);
        this.options.onLog?.(line, stream);
      });
      backend = await this.launching;
    } catch (error) {
      return this.crashed(error instanceof Error ? error.message : String(error));
    } finally {
      this.launching = undefined;
    }
    if (this.stopping) return; // stop() stops it
    this.running = backend;
    backend.child.once('exit', (code, signal) => {
      this.running = undefined;
      if (!this.stopping) void this.crashed(`The backend stopped unexpectedly (${signal ?? `exit code ${code}`}).`);
    });
    this.options.reactions.ready(backend);
  }

  private async crashed(reason: string): Promise<void> {
    if (this.stopping) return;
    if (this.crashes.record(this.clock.now()) === 'give-up') {
      this.options.reactions.gaveUp({ reason, logTail: this.logTail.text().split('\n').filter((line) => line !== '') });
      return;
    }
    this.options.reactions.restarting(reason);
    await this.clock.sleep(this.options.restartDelayMs ?? 750);
    if (!this.stopping) await this.launch();
  }
}
