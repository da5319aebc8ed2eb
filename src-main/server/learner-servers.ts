/**
 * One running learner server per lesson. Running the checks asks for a server running the
 * learner's current files: an unchanged, healthy server is reused; anything else is replaced.
 */
import { createHash } from 'node:crypto';
import type { ServerFailure, WorkspaceFile } from '../contract/api.js';
import type { LearnerServerStatus, ServerEvent } from '../contract/events.js';
import type { Lesson } from '../lessons/lesson.js';
import type { LearnerServer, Sandbox } from '../sandbox/sandbox.js';
import type { PreparedWorkspace, Workspaces } from '../workspace/workspace.js';
import { OutputBatcher } from './output-batcher.js';

interface Running {
  server: LearnerServer;
  fingerprint: string;
  workspace: PreparedWorkspace;
}

export type EnsureResult =
  | { ok: true; server: LearnerServer; workspace: PreparedWorkspace; files: WorkspaceFile[] }
  | { ok: false; failure: ServerFailure };

export class LearnerServers {
  private readonly running = new Map<string, Running>();

  constructor(
    private readonly sandbox: Sandbox,
    private readonly workspaces: Workspaces,
    private readonly options: {
      runtimeModulesDir: string;
      /** Ready a process for the next run after each one (see Sandbox.prewarm). */
      prewarm: boolean;
      publish: (event: ServerEvent) => void;
      /** Every piece of output as it arrives, before the console's batching (the workbench's timeline). */
      onOutput?: (lessonId: string, stream: 'stdout' | 'stderr', text: string) => void;
    },
  ) {}

  /** A server running exactly the learner's current files. */
  async ensureCurrent(lesson: Lesson): Promise<EnsureResult> {
    // Read once: the server runs exactly the files it is fingerprinted by, even if a save lands meanwhile.
    const files = this.workspaces.currentFiles(lesson);
    const fingerprint = fingerprintOf(files);
    const current = this.running.get(lesson.id);
    if (current?.fingerprint === fingerprint) return { ok: true, server: current.server, workspace: current.workspace, files };
    await this.stop(lesson.id);
    return this.start(lesson, files, fingerprint);
  }

  get(lessonId: string): LearnerServer | undefined {
    return this.running.get(lessonId)?.server;
  }

  async stop(lessonId: string, status: LearnerServerStatus = 'stopped', message?: string): Promise<void> {
    const current = this.running.get(lessonId);
    if (!current) return;
    this.running.delete(lessonId);
    await current.server.stop();
    this.publishStatus(lessonId, status, message);
  }

  /** Stops the lesson's server (it holds the database open), then re-seeds the database. */
  async resetDatabase(lesson: Lesson): Promise<void> {
    await this.stop(lesson.id);
    await this.workspaces.resetDatabase(lesson);
  }

  /** Spawns the lesson's next learner process ahead of time, so the next run skips Node's boot. */
  prewarm(lesson: Lesson): void {
    if (!this.options.prewarm) return;
    this.sandbox.prewarm({
      workspaceDir: this.workspaces.dirFor(lesson),
      databasePath: this.workspaces.databasePathFor(lesson),
      runtimeModulesDir: this.options.runtimeModulesDir,
    });
  }

  private async start(lesson: Lesson, files: WorkspaceFile[], fingerprint: string): Promise<EnsureResult> {
    this.publishStatus(lesson.id, 'starting');
    try {
      return await this.startInSandbox(lesson, files, fingerprint);
    } catch (error) {
      // The harness itself failed (disk full, Node missing): say so rather than stay "starting" forever.
      const message = `Backend Sandbox could not start your server: ${error instanceof Error ? error.message : String(error)}`;
      this.publishStatus(lesson.id, 'crashed', message);
      return { ok: false, failure: { reason: 'crash', message, output: '' } };
    }
  }

  private async startInSandbox(lesson: Lesson, files: WorkspaceFile[], fingerprint: string): Promise<EnsureResult> {
    const workspace = await this.workspaces.prepare(lesson, files);
    const output = new OutputBatcher((stream, text) =>
      this.options.publish({ type: 'server.output', lessonId: lesson.id, stream, text, at: Date.now() }),
    );
    const result = await this.sandbox.start({
      workspaceDir: workspace.dir,
      entry: lesson.entry,
      databasePath: workspace.databasePath,
      runtimeModulesDir: this.options.runtimeModulesDir,
      onOutput: (stream, text) => {
        this.options.onOutput?.(lesson.id, stream, text);
        output.push(stream, text);
      },
      onExit: (failure) => {
        output.flush();
        this.forgetIfCurrent(lesson.id, fingerprint, failure);
      },
    });
    output.flush();
    if (!result.ok) {
      this.publishStatus(lesson.id, 'crashed', result.failure.message);
      return result;
    }
    this.running.set(lesson.id, { server: result.server, fingerprint, workspace });
    this.options.publish({ type: 'server.status', lessonId: lesson.id, status: 'running', port: result.server.port });
    return { ok: true, server: result.server, workspace, files };
  }

  /** The process ended on its own (crash, memory limit): drop it so the next run starts a fresh one. */
  private forgetIfCurrent(lessonId: string, fingerprint: string, failure: ServerFailure | null): void {
    const current = this.running.get(lessonId);
    if (!failure || current?.fingerprint !== fingerprint) return;
    this.running.delete(lessonId);
    this.publishStatus(lessonId, 'crashed', failure.message);
  }

  private publishStatus(lessonId: string, status: LearnerServerStatus, message?: string): void {
    this.options.publish({ type: 'server.status', lessonId, status, ...(message ? { message } : {}) });
  }
}

function fingerprintOf(files: WorkspaceFile[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file.path).update('\0').update(file.content).update('\0');
  return hash.digest('hex');
}
