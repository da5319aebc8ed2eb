/**
 * Loads a step's checks: compile, import, validate. Cached by the fingerprint of the compiled
 * files, so running the same step again (the learner's edit → check loop) skips esbuild entirely
 * while an edited checks file (the author's loop) is picked up at once.
 *
 * The compiled module is imported from a data: URL rather than a cache file: nothing to write,
 * clean up or go stale on disk, and Node's module map already returns the same module for the
 * same code. The cost, a module that is never unloaded, is paid only when a checks file changes.
 */
import { z } from 'zod';
import { compileChecks, fingerprintFiles, type CompiledChecks } from './compile-checks.js';
import { formatPath } from './message-format.js';
import type { Check } from './tester-api.js';

export class ChecksLoadError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`Could not load the checks in ${file}: ${reason}`);
  }
}

const ChecksSchema = z
  .array(
    z.object({
      name: z.string().min(1, 'a check needs a name'),
      run: z.custom<Check['run']>((value) => typeof value === 'function', 'expected an async function (t) => { … }'),
      timeoutMs: z.number().positive().optional(),
    }),
  )
  .min(1, 'the array holds no checks');

interface CacheEntry {
  inputs: string[];
  fingerprint: string;
  checks: Check[];
}

const cache = new Map<string, CacheEntry>();

async function cached(file: string): Promise<Check[] | undefined> {
  const entry = cache.get(file);
  if (!entry) return undefined;
  const current = await fingerprintFiles(entry.inputs).catch(() => undefined);
  return current === entry.fingerprint ? entry.checks : undefined;
}

async function importChecks(compiled: CompiledChecks, file: string): Promise<Check[]> {
  let exported: unknown;
  try {
    const module = (await import(`data:text/javascript;base64,${Buffer.from(compiled.code).toString('base64')}`)) as { default?: unknown };
    exported = module.default;
  } catch (error) {
    throw new ChecksLoadError(file, `it threw while loading: ${(error as Error).message}`);
  }
  const parsed = ChecksSchema.safeParse(exported);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `${formatPath(issue.path, 'default export')}: ${issue.message}` : '';
    throw new ChecksLoadError(file, `the default export must be an array of checks ({ name, run }); ${where}`);
  }
  // The validated originals, not zod's copies: a check's run() keeps its own `this`.
  return exported as Check[];
}

async function compile(file: string): Promise<CompiledChecks> {
  try {
    return await compileChecks(file);
  } catch (error) {
    throw new ChecksLoadError(file, `it does not compile:\n${(error as Error).message}`);
  }
}

export async function loadStepChecks(checksFile: string): Promise<Check[]> {
  const hit = await cached(checksFile);
  if (hit) return hit;
  const compiled = await compile(checksFile);
  const checks = await importChecks(compiled, checksFile);
  cache.set(checksFile, { inputs: compiled.inputs, fingerprint: compiled.fingerprint, checks });
  return checks;
}
