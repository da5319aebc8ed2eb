/**
 * Runs the checks of one or more steps against the learner's live server, one at a time, and
 * streams each verdict as it lands. One keep-alive agent and one read-only database connection
 * serve the whole run; both are closed when it ends.
 */
import { Agent } from 'node:http';
import type { CheckResult } from '../contract/api.js';
import { RunDbReader } from './db-reader.js';
import type { HttpSession } from './http-client.js';
import { loadStepChecks } from './load-checks.js';
import { isResponsive } from './responsiveness.js';
import { runCheck } from './run-check.js';
import { SavedFiles, type SourceFile } from './workspace-files.js';
import type { Check } from './tester-api.js';

export { ChecksLoadError, loadStepChecks } from './load-checks.js';

export interface StepChecks {
  stepId: string;
  checksFile: string;
}

export interface RunChecksOptions {
  baseUrl: string;
  databasePath: string;
  /** The files the learner's server was started with, for `t.files`. */
  files: readonly SourceFile[];
  steps: StepChecks[];
  onResult(result: CheckResult): void;
  /** Per check; default 5000. */
  checkTimeoutMs?: number;
  /** Per request; default 3000, so a silent route is reported as such before its check times out. */
  requestTimeoutMs?: number;
}

const DEFAULT_CHECK_TIMEOUT_MS = 5000;
const DEFAULT_REQUEST_TIMEOUT_MS = 3000;
const HUNG_PROBE_TIMEOUT_MS = 500;

/** A step whose checks cannot load shows up as one failed check carrying the reason. */
function loadFailure(step: StepChecks, error: unknown): CheckResult {
  return {
    id: `${step.stepId}/0`,
    stepId: step.stepId,
    name: "Load this step's checks",
    status: 'failed',
    message: error instanceof Error ? error.message : String(error),
    durationMs: 0,
    exchanges: [],
  };
}

/**
 * A route that forgets to answer leaves the rest of the server working; a loop in a handler
 * blocks all of it, and every later check would only wait out its own timeout. After a timeout,
 * one quick probe tells the two apart.
 */
async function isHung(http: HttpSession): Promise<boolean> {
  if (!http.sawTimeout) return false;
  http.sawTimeout = false;
  return !(await isResponsive(Number(http.baseUrl.port), HUNG_PROBE_TIMEOUT_MS));
}

function notRun(id: string, stepId: string, name: string): CheckResult {
  const message = 'Not run: your server stopped answering during an earlier check, so this one could only wait too.';
  return { id, stepId, name, status: 'failed', message, durationMs: 0, exchanges: [] };
}

async function tryLoad(step: StepChecks): Promise<Check[] | CheckResult> {
  try {
    return await loadStepChecks(step.checksFile);
  } catch (error) {
    return loadFailure(step, error);
  }
}

export interface ChecksOutcome {
  results: CheckResult[];
  /** The server stopped answering altogether (its event loop is stuck): the caller should stop it. */
  serverHung: boolean;
}

export async function runChecks(options: RunChecksOptions): Promise<ChecksOutcome> {
  const http: HttpSession = {
    baseUrl: new URL(options.baseUrl),
    agent: new Agent({ keepAlive: true }),
    requestTimeoutMs: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
  };
  const db = new RunDbReader(options.databasePath);
  const files = new SavedFiles(options.files);
  const results: CheckResult[] = [];
  let hung = false;
  const report = (result: CheckResult): void => {
    results.push(result);
    options.onResult(result);
  };
  try {
    for (const step of options.steps) {
      const loaded = await tryLoad(step);
      if (!Array.isArray(loaded)) {
        report(loaded);
        continue;
      }
      for (const [index, check] of loaded.entries()) {
        if (hung) {
          report(notRun(`${step.stepId}/${index}`, step.stepId, check.name));
          continue;
        }
        const context = { id: `${step.stepId}/${index}`, stepId: step.stepId, timeoutMs: options.checkTimeoutMs ?? DEFAULT_CHECK_TIMEOUT_MS, http, db, files };
        report(await runCheck(check, context));
        hung = await isHung(http);
      }
    }
  } finally {
    http.agent.destroy();
    db.close();
  }
  return { results, serverHung: hung };
}

/** How many results a run of these steps will report (a step that cannot load counts as one). */
export async function countChecks(steps: StepChecks[]): Promise<number> {
  const counts = await Promise.all(steps.map(async (step) => {
    const loaded = await tryLoad(step);
    return Array.isArray(loaded) ? loaded.length : 1;
  }));
  return counts.reduce((sum, count) => sum + count, 0);
}
