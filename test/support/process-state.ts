/** Whether a process a test started (or had started) is still there. */
import { readFileSync } from 'node:fs';

/** Alive and not a zombie: in a container whose PID 1 does not reap, a dead orphan lingers as one. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return true; // no /proc (macOS) or just gone: trust kill(), the next poll decides
  }
  return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
}

export async function waitUntilGone(pid: number, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (isRunning(pid)) {
    if (Date.now() > deadline) throw new Error(`process ${pid} is still running after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
