import { describe, expect, it } from 'vitest';
import { exceedsLimit, parseProcStatus, watchMemory } from '../../../src-main/sandbox/memory-watchdog.js';

const status = ['Name:\tnode', 'VmPeak:\t 1004032 kB', 'VmData:\t  524288 kB', 'VmRSS:\t   61440 kB', 'Threads:\t7'].join('\n');

describe('memory watchdog', () => {
  it('reads resident and committed memory from /proc/<pid>/status', () => {
    expect(parseProcStatus(status)).toEqual({ residentMb: 60, committedMb: 512 });
    expect(parseProcStatus('Name:\tzombie\n')).toBeUndefined();
  });

  it('counts resident memory over the limit, or committed memory far over it', () => {
    expect(exceedsLimit({ residentMb: 100, committedMb: 120 }, 128)).toBe(false);
    expect(exceedsLimit({ residentMb: 129, committedMb: 130 }, 128)).toBe(true);
    expect(exceedsLimit({ residentMb: 70, committedMb: 600 }, 128)).toBe(true);
  });

  it.runIf(process.platform === 'linux')('fires once when a live process is over the limit', async () => {
    const usage = await new Promise((resolve) => watchMemory(process.pid, 1, resolve));
    expect(usage).toMatchObject({ residentMb: expect.any(Number), committedMb: expect.any(Number) });
  });
});
