/**
 * Watches a learner process's memory from the parent. V8's --max-old-space-size only bounds the
 * JavaScript heap; `Buffer`s, typed arrays and native memory live outside it, so only the kernel's
 * own accounting in /proc/<pid>/status sees a Buffer bomb.
 */
import { readFileSync } from 'node:fs';

export interface MemoryUsage {
  /** VmRSS: memory actually in RAM. This is what the limit is about. */
  residentMb: number;
  /**
   * VmData: private writable memory the process has mapped, touched or not. `Buffer.alloc` in a
   * loop maps zero pages the kernel only backs when written, so RSS climbs slowly (~5 MB/s was
   * measured) while the address space grows by GBs per second; this catches that in one tick.
   * An idle Express + better-sqlite3 server shows VmData ≈ VmRSS ≈ 60 MB.
   */
  committedMb: number;
}

/** Committed memory may run this far ahead of the RSS limit before it counts as a bomb. */
export const COMMITTED_TO_RESIDENT_FACTOR = 4;
const POLL_INTERVAL_MS = 100;

function kilobytesField(status: string, field: string): number | undefined {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

export function parseProcStatus(status: string): MemoryUsage | undefined {
  const residentKb = kilobytesField(status, 'VmRSS');
  const committedKb = kilobytesField(status, 'VmData');
  if (residentKb === undefined || committedKb === undefined) return undefined;
  return { residentMb: residentKb / 1024, committedMb: committedKb / 1024 };
}

export function exceedsLimit(usage: MemoryUsage, limitMb: number): boolean {
  return usage.residentMb > limitMb || usage.committedMb > limitMb * COMMITTED_TO_RESIDENT_FACTOR;
}

/**
 * The pid and every descendant. Inside bubblewrap the spawned pid is bwrap itself, with Node two
 * levels down (bwrap → its init in the PID namespace → node); the limit is about all of them.
 */
function processTree(pid: number): number[] {
  const tree = [pid];
  for (let index = 0; index < tree.length; index += 1) {
    const each = tree[index]!;
    try {
      tree.push(...readFileSync(`/proc/${each}/task/${each}/children`, 'utf8').split(' ').filter(Boolean).map(Number));
    } catch {
      // gone meanwhile, or a kernel without the children file: what was read still counts
    }
  }
  return tree;
}

function readUsage(pid: number): MemoryUsage | undefined {
  let total: MemoryUsage | undefined;
  for (const each of processTree(pid)) {
    try {
      // Synchronous on purpose: a /proc read takes microseconds and ticks can then never overlap.
      const usage = parseProcStatus(readFileSync(`/proc/${each}/status`, 'utf8'));
      if (usage === undefined) continue;
      total = { residentMb: (total?.residentMb ?? 0) + usage.residentMb, committedMb: (total?.committedMb ?? 0) + usage.committedMb };
    } catch {
      // the process is gone; its exit is reported elsewhere
    }
  }
  return total;
}

/**
 * Calls `onExceeded` once, from a timer, when the process goes over `limitMb`; returns a function
 * that stops watching. /proc exists on Linux only: elsewhere only the V8 heap flag applies, so a
 * Buffer bomb is not stopped there (macOS/Windows would need `ps` polling or job objects).
 */
export function watchMemory(pid: number, limitMb: number, onExceeded: (usage: MemoryUsage) => void): () => void {
  if (process.platform !== 'linux') return () => undefined;
  const timer = setInterval(() => {
    const usage = readUsage(pid);
    if (usage === undefined || !exceedsLimit(usage, limitMb)) return;
    clearInterval(timer);
    onExceeded(usage);
  }, POLL_INTERVAL_MS);
  // The watchdog alone must not keep the backend alive.
  timer.unref();
  return () => clearInterval(timer);
}
