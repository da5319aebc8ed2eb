import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';

/**
 * Asks a child to stop (SIGTERM, so it can shut down what it started) and SIGKILLs it if it
 * is still there after `graceMs`. Resolves once it has exited; at once if it never ran or
 * has already gone.
 */
export async function terminate(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  try {
    await exited;
  } finally {
    clearTimeout(killer);
  }
}
