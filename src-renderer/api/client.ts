/**
 * The one typed client for the backend's HTTP API. Every call carries the bearer token; every
 * failure becomes an `ApiRequestError` whose message is fit to show the learner.
 */
import type {
  ApiError,
  CheckRun,
  LessonCatalog,
  LearnerLibraries,
  LessonDetail,
  ProgressResponse,
  RunChecksRequest,
  SandboxInfo,
  SaveDraftRequest,
  SettingsResponse,
} from '../../src-main/contract/api.js';
import type { LessonResetResponse, ResetStepRequest, SolutionResponse } from '../../src-main/contract/solution.js';
import { lessonApiPath, lessonFileApiPath, settingApiPath } from './paths.js';
import { createWorkbenchClient, type WorkbenchClient } from './workbench-client.js';

export class ApiRequestError extends Error {
  constructor(
    message: string,
    /** The HTTP status, or 0 when the backend could not be reached. */
    readonly status: number,
    readonly issues: ApiError['issues'] = undefined,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Lets the request outlive the page (used when flushing drafts on unload). */
  keepalive?: boolean;
}

export interface ApiClient {
  getCatalog(options?: RequestOptions): Promise<LessonCatalog>;
  getLesson(lessonId: string, options?: RequestOptions): Promise<LessonDetail>;
  saveFile(lessonId: string, path: string, content: string, options?: RequestOptions): Promise<void>;
  runChecks(lessonId: string, stepId: string, options?: RequestOptions): Promise<CheckRun>;
  stopServer(lessonId: string): Promise<void>;
  /** Stops the learner's server and re-seeds the lesson's database; the learner's code is untouched. */
  resetDatabase(lessonId: string): Promise<void>;
  /** The lesson's solution files: asked for only when the learner chooses to see them. */
  getSolution(lessonId: string): Promise<SolutionResponse>;
  /** Files back to where the step began, its progress and the later steps' cleared, the database re-seeded. */
  resetStep(lessonId: string, stepId: string): Promise<LessonResetResponse>;
  /** Files back to the starter, the lesson's progress cleared, the database re-seeded. */
  resetLesson(lessonId: string): Promise<LessonResetResponse>;
  getProgress(options?: RequestOptions): Promise<ProgressResponse>;
  getSettings(options?: RequestOptions): Promise<SettingsResponse>;
  saveSetting(key: string, value: unknown): Promise<void>;
  /** How learner code is isolated on this machine, and what that does and does not stop. */
  getSandbox(options?: RequestOptions): Promise<SandboxInfo>;
  /** Static, no token needed; fetched relative to the page. */
  getLearnerLibraries(): Promise<LearnerLibraries>;
  /** The database inspector, the HTTP and WebSocket clients and the timeline. */
  workbench: WorkbenchClient;
}

type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** Authenticated requests to the backend: the raw answer, or its JSON. Shared by the clients in this folder. */
export interface Transport {
  request(method: string, path: string, body?: unknown, options?: RequestOptions): Promise<Response>;
  json<T>(method: string, path: string, body?: unknown, options?: RequestOptions): Promise<T>;
}

export function createTransport(token: string, fetchImpl: FetchLike): Transport {
  async function request(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<Response> {
    const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await fetchImpl(path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: options.signal,
        keepalive: options.keepalive,
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new ApiRequestError('Cannot reach the Backend Sandbox app. Is it still running?', 0);
    }
    if (!response.ok) throw await toRequestError(response);
    return response;
  }

  async function json<T>(method: string, path: string, body?: unknown, options?: RequestOptions): Promise<T> {
    const response = await request(method, path, body, options);
    try {
      return (await response.json()) as T;
    } catch {
      throw new ApiRequestError(`The app sent an unreadable answer to ${method} ${path}.`, response.status);
    }
  }

  return { request, json };
}

export function createApiClient(token: string, fetchImpl: FetchLike = (input, init) => fetch(input, init)): ApiClient {
  const transport = createTransport(token, fetchImpl);
  const { request, json } = transport;
  return {
    getCatalog: (options) => json<LessonCatalog>('GET', '/api/lessons', undefined, options),
    getLesson: (lessonId, options) => json<LessonDetail>('GET', lessonApiPath(lessonId), undefined, options),
    async saveFile(lessonId, path, content, options) {
      const body: SaveDraftRequest = { content };
      await request('PUT', lessonFileApiPath(lessonId, path), body, options);
    },
    runChecks(lessonId, stepId, options) {
      const body: RunChecksRequest = { stepId };
      return json<CheckRun>('POST', `${lessonApiPath(lessonId)}/checks`, body, options);
    },
    async stopServer(lessonId) {
      await request('POST', `${lessonApiPath(lessonId)}/server/stop`, undefined);
    },
    async resetDatabase(lessonId) {
      await request('POST', `${lessonApiPath(lessonId)}/database/reset`, undefined);
    },
    getSolution: (lessonId) => json<SolutionResponse>('GET', `${lessonApiPath(lessonId)}/solution`),
    resetStep(lessonId, stepId) {
      const body: ResetStepRequest = { stepId };
      return json<LessonResetResponse>('POST', `${lessonApiPath(lessonId)}/reset-step`, body);
    },
    resetLesson: (lessonId) => json<LessonResetResponse>('POST', `${lessonApiPath(lessonId)}/reset-lesson`),
    getProgress: (options) => json<ProgressResponse>('GET', '/api/progress', undefined, options),
    getSettings: (options) => json<SettingsResponse>('GET', '/api/settings', undefined, options),
    async saveSetting(key, value) {
      await request('PUT', settingApiPath(key), { value });
    },
    getSandbox: (options) => json<SandboxInfo>('GET', '/api/sandbox', undefined, options),
    async getLearnerLibraries() {
      let response: Response;
      try {
        response = await fetchImpl('types/learner-libs.json');
      } catch {
        throw new ApiRequestError('Cannot load the type definitions for the editor.', 0);
      }
      if (!response.ok) throw new ApiRequestError(`Cannot load the type definitions for the editor (${response.status}).`, response.status);
      return (await response.json()) as LearnerLibraries;
    },
    workbench: createWorkbenchClient(transport),
  };
}

/** Turns an error answer into words: the backend's `error` when it sent one, else the status. */
export async function toRequestError(response: Response): Promise<ApiRequestError> {
  let payload: unknown;
  try {
    payload = await response.json();
  } catch {
    payload = undefined;
  }
  if (isApiError(payload)) return new ApiRequestError(payload.error, response.status, payload.issues);
  const statusText = response.statusText ? ` ${response.statusText}` : '';
  return new ApiRequestError(`The app answered ${response.status}${statusText}.`, response.status);
}

function isApiError(value: unknown): value is ApiError {
  return typeof value === 'object' && value !== null && typeof (value as { error?: unknown }).error === 'string';
}

/** A message for any thrown value, for showing in the UI. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
