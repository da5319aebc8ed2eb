/**
 * Starts the app the way a newcomer does in web mode (`npm start -- --web`, minus the build that
 * `npm test` has already done) with a temp data dir, and stops it — backend and learner
 * processes — when the test is done.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const projectRoot = join(import.meta.dirname, '..', '..', '..');
const URL_LINE = /^Backend Sandbox is running at (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)$/;

export interface WebApp {
  /** The address with the token in its fragment, as printed. */
  url: string;
  /** The same address without the token: what a reload or a stranger would use. */
  origin: string;
  dataDir: string;
  output(): string;
  stop(): Promise<void>;
}

export interface WebAppOptions {
  /** A lessons folder other than the project's own `lessons/` (BACKEND_SANDBOX_LESSONS_DIR). */
  lessonsDir?: string;
}

export async function startWebApp(dataDir = mkdtempSync(join(tmpdir(), 'backend-sandbox-e2e-')), options: WebAppOptions = {}): Promise<WebApp> {
  const lessons = options.lessonsDir === undefined ? {} : { BACKEND_SANDBOX_LESSONS_DIR: options.lessonsDir };
  const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'scripts', 'start.ts'), '--web', '--no-open'], {
    cwd: projectRoot,
    env: { ...process.env, ...lessons, BACKEND_SANDBOX_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  child.stderr?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const url = await readUrl(child, (line) => (printed += `${line}\n`));
  return {
    url,
    origin: new URL(url).origin,
    dataDir,
    output: () => printed,
    stop: async () => {
      await stopProcess(child);
    },
  };
}

function readUrl(child: ChildProcess, onLine: (line: string) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error('npm start printed no URL within 10 s')), 10_000);
    lines.on('line', (line) => {
      onLine(line);
      const match = URL_LINE.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`npm start exited (${code}) before printing a URL`)));
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export function removeDataDir(app: WebApp): void {
  rmSync(app.dataDir, { recursive: true, force: true });
}
