/**
 * The HTTP contract between the backend and the renderer.
 * Request bodies are zod schemas because the backend validates them at the boundary;
 * responses are plain types because the backend produces them.
 */
import { z } from 'zod';

/** A lesson id is `<track>/<lesson-folder>`, e.g. `crud/01-first-endpoints`. */
export const LessonIdSchema = z
  .string()
  .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'a lesson id looks like "track/lesson-folder"');

/** A workspace file path: relative, forward slashes, no `..`, a source file the sandbox understands. */
export const WorkspacePathSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^(?:[A-Za-z0-9_-]+\/)*[A-Za-z0-9_.-]+\.(?:ts|js|mts|mjs|json|sql|md)$/, 'not a valid workspace file path')
  .refine((p) => !p.split('/').includes('..'), 'a path may not leave the workspace');

export const SaveDraftRequestSchema = z.object({
  content: z.string().max(512 * 1024, 'a file may hold at most 512 KiB'),
});
export type SaveDraftRequest = z.infer<typeof SaveDraftRequestSchema>;

export const RunChecksRequestSchema = z.object({
  stepId: z.string().min(1).max(100),
});
export type RunChecksRequest = z.infer<typeof RunChecksRequestSchema>;

export interface StepSummary {
  id: string;
  title: string;
}

export interface LessonSummary {
  id: string;
  track: string;
  title: string;
  summary: string;
  minutes: number;
  steps: StepSummary[];
}

/** A lesson the catalog could not load: listed so an author sees why, never fatal. */
export interface BrokenLesson {
  id: string;
  file: string;
  reason: string;
}

/** A group of lessons on one subject, e.g. `crud`; in teaching order in the catalog. */
export interface TrackSummary {
  id: string;
  title: string;
  /** Empty when the track has no `track.md` yet. */
  summary: string;
}

export interface LessonCatalog {
  tracks: TrackSummary[];
  lessons: LessonSummary[];
  /** Lessons (or a track's `track.md`) that could not load: `id` is the lesson's or the track's. */
  broken: BrokenLesson[];
}

export interface StepDetail extends StepSummary {
  /** Markdown. */
  instructions: string;
  /** Markdown, from a nudge to nearly the answer; the page reveals them one at a time. */
  hints: string[];
}

export interface WorkspaceFile {
  path: string;
  /** The learner's draft if there is one, otherwise the starter. */
  content: string;
}

/** The learner's server for a lesson right now; later changes arrive as `server.status` events. */
export interface LearnerServerState {
  status: 'running' | 'stopped';
  port?: number;
}

export interface LessonDetail extends LessonSummary {
  objectives: string[];
  /** Markdown introduction shown above the first step. */
  introduction: string;
  steps: StepDetail[];
  files: WorkspaceFile[];
  /** The file the sandbox runs. */
  entry: string;
  server: LearnerServerState;
}

export interface StepProgress {
  lessonId: string;
  stepId: string;
  passedAt: string;
}

export interface ProgressResponse {
  progress: StepProgress[];
}

export type CheckStatus = 'passed' | 'failed';

/**
 * What a check sent and got back: enough for the learner to see the mistake and reproduce it.
 * One entry per HTTP request, per WebSocket client, or per burst of requests.
 */
export type CheckExchange = HttpExchange | WsExchange | BurstExchange;

export interface HttpRequestRecord {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export interface HttpExchange {
  kind: 'http';
  /** The client's name when the check used more than one, e.g. "alice"; absent for `t.http`. */
  client?: string;
  request: HttpRequestRecord;
  response?: { status: number; headers: Record<string, string>; body: string; durationMs: number };
  /** Human words for what the check wanted, e.g. "status 404". */
  expected?: string;
  /** A curl command that sends the same request. */
  curl: string;
}

/** One frame on a WebSocket, in the order the check saw it. */
export interface WsFrame {
  direction: 'sent' | 'received';
  /** Counts every frame of the check, across all its clients: a lower number happened first. */
  seq: number;
  /** Milliseconds since the check started. */
  atMs: number;
  binary: boolean;
  /** The text, or for a binary frame its bytes in base64. Long frames are cut. */
  data: string;
}

/** One WebSocket client a check opened: the handshake, every frame, and how it closed. */
export interface WsExchange {
  kind: 'ws';
  /** "client 1", or the name the check gave it. */
  client: string;
  url: string;
  headers: Record<string, string>;
  protocols: string[];
  /** The server's answer to the upgrade request: 101 when it opened, anything else when it refused. */
  handshake?: { status: number; headers: Record<string, string>; body?: string; protocol?: string; durationMs: number };
  frames: WsFrame[];
  /** How the connection closed while the check watched; absent while it was still open. */
  close?: { code: number; reason: string; by: 'server' | 'check' };
  expected?: string;
  /** A small Node script (using the `ws` package) that opens the same connection and sends the same frames. */
  script: string;
}

/** Many requests sent at a rate or concurrency, e.g. to find where a rate limit starts. */
export interface BurstExchange {
  kind: 'burst';
  /** The request every one of them sent. */
  request: HttpRequestRecord;
  /** "10 requests per second" or "5 at a time". */
  pace: string;
  timeline: BurstEntryRecord[];
  expected?: string;
  /** A shell loop that sends the same requests with curl and prints each status. */
  curl: string;
}

export interface BurstEntryRecord {
  index: number;
  /** When it was sent, in milliseconds after the first one. */
  sentAtMs: number;
  /** 0 when no answer came. */
  status: number;
  durationMs: number;
  /** Only the headers that explain a rate limit (retry-after, ratelimit-*). */
  headers: Record<string, string>;
}

export interface CheckResult {
  /** Stable within a step: `<stepId>/<index>`. */
  id: string;
  stepId: string;
  name: string;
  status: CheckStatus;
  /** Why it failed, in the learner's terms; empty when passed. */
  message: string;
  durationMs: number;
  exchanges: CheckExchange[];
}

/** Why a run could not reach the checks: the learner's server did not come up. */
export interface ServerFailure {
  reason: 'syntax' | 'crash' | 'start-timeout' | 'memory' | 'not-listening';
  message: string;
  /** The last lines the server printed, for context. */
  output: string;
}

export interface CheckRun {
  runId: string;
  lessonId: string;
  stepId: string;
  passed: boolean;
  /**
   * The steps this run proved, in order: each one's checks passed, and so did every earlier
   * step's. Running a later step can therefore mark earlier ones passed too.
   */
  passedSteps: string[];
  durationMs: number;
  results: CheckResult[];
  serverFailure?: ServerFailure;
}

export interface ApiError {
  error: string;
  /** Field-level detail from validation, when there is any. */
  issues?: { path: string; message: string }[];
}

/** What the Electron preload exposes to the page as `window.backendSandbox`; absent in web mode. */
export interface DesktopBridge {
  /** The per-launch API token. */
  token: string;
  platform: string;
}

/**
 * Learner settings kept in the app store (theme, last lesson and step, layout). They live in the
 * backend, not in localStorage, because the backend's port — and so the page's origin — changes
 * at every launch.
 */
export const SettingKeySchema = z.string().regex(/^[a-zA-Z][a-zA-Z0-9.-]{0,63}$/, 'not a valid setting name');
export const SaveSettingRequestSchema = z.object({ value: z.json() });
export type SaveSettingRequest = z.infer<typeof SaveSettingRequestSchema>;
export type SettingsResponse = { settings: Record<string, unknown> };

/** A type definition file for Monaco, e.g. `node_modules/@types/express/index.d.ts`. */
export interface TypeLibraryFile {
  path: string;
  content: string;
}

/** `types/learner-libs.json`, built with the renderer: the types of the libraries learner code imports. */
export interface LearnerLibraries {
  files: TypeLibraryFile[];
}

/**
 * Where a lesson's pictures are served: `lesson-assets/<lesson id>/<file in its assets/ folder>`.
 * Lesson markdown refers to them as `assets/<file>`; the page rewrites that.
 */
export const LESSON_ASSETS_PREFIX = '/lesson-assets/';

/**
 * How learner code is isolated on this machine (`GET /api/sandbox`), decided once when the app
 * starts: `bubblewrap` is an operating-system sandbox (Linux), `permission-model` is Node's own
 * permission model plus the app's guards, used where bubblewrap is missing or not allowed.
 */
export type IsolationLevel = 'bubblewrap' | 'permission-model';

export interface SandboxInfo {
  level: IsolationLevel;
  /** A few words, e.g. "Strong isolation (bubblewrap)". */
  title: string;
  /** Why the stronger level is not in use, when it is not. */
  reason?: string;
  /** Plain sentences: what learner code cannot do here … */
  protects: string[];
  /** … and what it still can. */
  doesNotProtect: string[];
}
