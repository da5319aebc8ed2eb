/**
 * How strongly learner processes are isolated on this machine, decided once when the backend
 * starts. Bubblewrap (Linux) puts each process in its own namespaces: it sees only its workspace,
 * the libraries and Node, it has no network but loopback, and no other process. Where bubblewrap
 * is missing, or installed but unable to create namespaces (many containers forbid it), the
 * process runs with Node's permission model and the preloaded guards only.
 *
 * Nothing is assumed: a probe runs Node inside bubblewrap with the very layout learner processes
 * get, so a level is reported only when it has just worked.
 */
import { execFile } from 'node:child_process';
import { access, constants } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { bubblewrapArgs } from './bubblewrap.js';

const run = promisify(execFile);
const PROBE_TIMEOUT_MS = 5_000;

export type Isolation =
  | {
      level: 'bubblewrap';
      bwrapPath: string;
      /** The Node binary and the shared libraries it loads: bound read-only into every sandbox. */
      systemFiles: string[];
    }
  | {
      level: 'permission-model';
      /** Why bubblewrap is not in use, in plain words. */
      reason: string;
    };

export function permissionModelOnly(reason: string): Isolation {
  return { level: 'permission-model', reason };
}

async function findOnPath(name: string, pathVariable = process.env.PATH ?? ''): Promise<string | undefined> {
  for (const dir of pathVariable.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name);
    if (await access(candidate, constants.X_OK).then(() => true, () => false)) return candidate;
  }
  return undefined;
}

/** `ldd` lists each library as `name => /path (addr)` and the loader as a bare `/path (addr)`. */
export function parseLddPaths(lddOutput: string): string[] {
  const paths = [...lddOutput.matchAll(/(?:=>\s+|^\s*)(\/\S+)\s+\(0x[0-9a-f]+\)/gm)].map((match) => match[1]!);
  return [...new Set(paths)].sort();
}

async function nodeSystemFiles(): Promise<string[]> {
  const { stdout } = await run('ldd', [process.execPath], { timeout: PROBE_TIMEOUT_MS });
  return [process.execPath, ...parseLddPaths(stdout)];
}

function firstLine(error: unknown): string {
  const stderr = (error as { stderr?: string }).stderr?.trim();
  const text = stderr || (error instanceof Error ? error.message : String(error));
  return text.split('\n')[0]!;
}

/** Probes once; resolves to the strongest level that actually works here. Never rejects. */
export async function detectIsolation(): Promise<Isolation> {
  if (process.platform !== 'linux') return permissionModelOnly('bubblewrap exists only on Linux');
  const bwrapPath = await findOnPath('bwrap');
  if (bwrapPath === undefined) {
    return permissionModelOnly('bubblewrap is not installed (on Debian or Ubuntu: apt-get install bubblewrap)');
  }
  let systemFiles: string[];
  try {
    systemFiles = await nodeSystemFiles();
  } catch (error) {
    return permissionModelOnly(`the libraries Node needs could not be listed with ldd (${firstLine(error)})`);
  }
  const probe = bubblewrapArgs({ systemFiles, readOnly: [], writable: [], workingDir: '/' });
  try {
    await run(bwrapPath, [...probe, process.execPath, '-e', 'process.exit(0)'], { timeout: PROBE_TIMEOUT_MS, env: {} });
  } catch (error) {
    return permissionModelOnly(`bubblewrap is installed but cannot create a sandbox here (${firstLine(error)})`);
  }
  return { level: 'bubblewrap', bwrapPath, systemFiles };
}
