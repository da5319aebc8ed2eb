/**
 * Starts the whole backend: app store, lesson catalog, workspaces, sandbox, checks and the
 * HTTP/WebSocket server on 127.0.0.1. `main.ts` calls it for real; integration tests call it
 * with temp folders.
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { loadCatalog } from '../lessons/catalog.js';
import { detectIsolation, type Isolation } from '../sandbox/isolation.js';
import { Sandbox } from '../sandbox/sandbox.js';
import { openAppStore } from '../store/app-store.js';
import { Workspaces } from '../workspace/workspace.js';
import { CheckRuns } from './check-runs.js';
import { EventHub } from './event-hub.js';
import { Router } from './http/router.js';
import { createHttpServer, type HttpTimeouts } from './http-server.js';
import type { ServerEvent } from '../contract/events.js';
import { LearnerServers } from './learner-servers.js';
import { LessonQueue } from './lesson-queue.js';
import { addLessonRoutes } from './routes/lesson-routes.js';
import { addProgressRoutes } from './routes/progress-routes.js';
import { addRunRoutes } from './routes/run-routes.js';
import { addSandboxRoutes } from './routes/sandbox-routes.js';
import { addSettingsRoutes } from './routes/settings-routes.js';
import { addSolutionRoutes } from './routes/solution-routes.js';
import type { Services } from './services.js';
import { addDatabaseRoutes } from './routes/database-routes.js';
import { addHttpClientRoutes } from './routes/http-client-routes.js';
import { addTimelineRoutes } from './routes/timeline-routes.js';
import { addWsClientRoutes } from './routes/ws-client-routes.js';
import { ServerOutputLog } from '../workbench/server-output-log.js';
import { Workbench } from '../workbench/workbench.js';

export interface BackendOptions {
  dataDir: string;
  lessonsDir: string;
  rendererDir: string;
  /** The node_modules folder learner code may import from. */
  runtimeModulesDir: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
  log?: (message: string) => void;
  /** Keep a learner process ready for the next run (default true; the benchmark turns it off to measure a cold start). */
  prewarm?: boolean;
  /** How learner processes are isolated; detected once here when not given (see isolation.ts). */
  isolation?: Isolation;
  /** The HTTP server's timeouts against idle and trickling clients; tests shorten them. */
  timeouts?: Partial<HttpTimeouts>;
  /** How long a SQL console run may take before it is stopped (default 5 s); tests shorten it. */
  sqlDeadlineMs?: number;
}

export interface Backend {
  port: number;
  token: string;
  url: string;
  services: Services;
  close(): Promise<void>;
}

export async function startBackend(options: BackendOptions): Promise<Backend> {
  const log = options.log ?? ((message: string) => console.error(message));
  const token = options.token ?? randomBytes(32).toString('base64url');
  // The probe starts Node inside bubblewrap (~50 ms): let it run while the store and lessons load.
  const isolationProbe = options.isolation ? Promise.resolve(options.isolation) : detectIsolation();
  const store = openAppStore(options.dataDir);
  const catalog = await loadCatalog(options.lessonsDir);
  for (const broken of catalog.broken) log(`lesson ${broken.id} could not be loaded (${broken.file}): ${broken.reason}`);

  let port = 0;
  const events = new EventHub(token, () => port);
  // The workbench is built below (it needs the learner servers, which need this function); nothing publishes before then.
  const publish = (event: ServerEvent) => {
    events.broadcast(event);
    workbench.observe(event);
  };
  const isolation = await isolationProbe;
  if (isolation.level !== 'bubblewrap') log(`learner code runs with Node's permission model only: ${isolation.reason}`);
  const sandbox = new Sandbox(isolation);
  const workspaces = new Workspaces(join(options.dataDir, 'workspaces'), store.drafts);
  const outputLog = new ServerOutputLog();
  const learnerServers = new LearnerServers(sandbox, workspaces, {
    runtimeModulesDir: options.runtimeModulesDir,
    prewarm: options.prewarm ?? true,
    publish,
    onOutput: (lessonId, stream, text) => outputLog.push(lessonId, stream, text),
  });
  const queue = new LessonQueue();
  const workbench = new Workbench({ learnerServers, workspaces, queue, store, outputLog, publish, sqlDeadlineMs: options.sqlDeadlineMs });
  const checkRuns = new CheckRuns(learnerServers, queue, store, publish, workbench.checkRuns);
  const services: Services = { catalog, store, workspaces, learnerServers, checkRuns, queue, workbench };

  const router = new Router();
  addLessonRoutes(router, services);
  addRunRoutes(router, services);
  addProgressRoutes(router, services);
  addSettingsRoutes(router, services);
  addSolutionRoutes(router, services);
  addDatabaseRoutes(router, services);
  addHttpClientRoutes(router, services);
  addWsClientRoutes(router, services);
  addTimelineRoutes(router, services);
  addSandboxRoutes(router, isolation);

  const server = createHttpServer({
    router,
    events,
    token,
    rendererDir: options.rendererDir,
    catalog,
    port: () => port,
    timeouts: options.timeouts,
    onUnexpectedError: (error) => log(`unexpected error: ${error instanceof Error ? error.stack : String(error)}`),
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | undefined;
  // Stop taking requests first, let what is under way finish, then stop every learner process,
  // and only then close the store that those runs write progress to.
  const close = () =>
    (closing ??= (async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      events.close();
      workbench.close();
      await queue.drain();
      await sandbox.stopAll();
      server.closeAllConnections();
      await closed;
      store.close();
    })());

  return { port, token, url: `http://127.0.0.1:${port}/`, services, close };
}
