/** The workbench's parts, built once at start-up: the inspector, the HTTP and WebSocket clients, the timeline. */
import type { ServerEvent } from '../contract/events.js';
import type { LearnerServers } from '../server/learner-servers.js';
import type { LessonQueue } from '../server/lesson-queue.js';
import type { AppStore } from '../store/app-store.js';
import type { Workspaces } from '../workspace/workspace.js';
import { CheckRunRecorder } from './check-run-recorder.js';
import { DatabaseInspector } from './database-inspector.js';
import { HttpProxy } from './http-proxy.js';
import { LessonDatabases } from './lesson-database.js';
import { SqlConsoleProcess } from './sql-console-process.js';
import type { ServerOutputLog } from './server-output-log.js';
import { Timeline } from './timeline.js';
import { WsClients } from './ws-clients.js';

export interface WorkbenchDependencies {
  learnerServers: LearnerServers;
  workspaces: Workspaces;
  queue: LessonQueue;
  store: AppStore;
  /** Fed by LearnerServers' raw output hook. */
  outputLog: ServerOutputLog;
  publish: (event: ServerEvent) => void;
  /** How long a console run may take before its process is killed (default 5 s; tests shorten it). */
  sqlDeadlineMs?: number;
}

export class Workbench {
  readonly inspector: DatabaseInspector;
  readonly http: HttpProxy;
  readonly ws: WsClients;
  readonly timeline: Timeline;
  readonly checkRuns: CheckRunRecorder;
  private readonly sqlConsole: SqlConsoleProcess;

  constructor(private readonly deps: WorkbenchDependencies) {
    const databases = new LessonDatabases(deps.workspaces, deps.queue);
    this.timeline = new Timeline(deps.publish);
    this.sqlConsole = new SqlConsoleProcess(deps.sqlDeadlineMs);
    this.inspector = new DatabaseInspector(databases, deps.store.sqlHistory, this.sqlConsole, deps.publish);
    this.http = new HttpProxy({ ...deps, databases, timeline: this.timeline, history: deps.store.httpHistory });
    this.ws = new WsClients(deps.learnerServers, deps.queue, deps.publish);
    this.checkRuns = new CheckRunRecorder(databases, deps.outputLog, this.timeline);
  }

  /** Sees every event the backend publishes: a learner server that stops takes its sockets with it. */
  observe(event: ServerEvent): void {
    if (event.type === 'server.status' && event.status !== 'starting' && event.status !== 'running') {
      this.ws.closeLesson(event.lessonId, `Your server ${event.status === 'stopped' ? 'stopped' : `was ${event.status}`}.`);
    }
  }

  /** Pages showing the database refresh after a reset, wherever it was asked for. */
  databaseReset(lessonId: string): void {
    this.deps.publish({ type: 'database.changed', lessonId, source: 'reset' });
  }

  close(): void {
    this.ws.closeAll();
    this.sqlConsole.stopAll();
  }
}
