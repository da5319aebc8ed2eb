import { describe, expect, it } from 'vitest';
import { describeIsolation } from '../../../src-main/sandbox/isolation-description.js';
import { parseLddPaths, permissionModelOnly } from '../../../src-main/sandbox/isolation.js';

describe('parseLddPaths', () => {
  it('lists every library and the loader once, and skips the vDSO', () => {
    const output = [
      '\tlinux-vdso.so.1 (0x00007ffd6a5f2000)',
      '\tlibstdc++.so.6 => /lib/x86_64-linux-gnu/libstdc++.so.6 (0x00007f8be3400000)',
      '\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f8be321e000)',
      '\t/lib64/ld-linux-x86-64.so.2 (0x00007f8be3759000)',
      '\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f8be321e000)',
    ].join('\n');
    expect(parseLddPaths(output)).toEqual([
      '/lib/x86_64-linux-gnu/libc.so.6',
      '/lib/x86_64-linux-gnu/libstdc++.so.6',
      '/lib64/ld-linux-x86-64.so.2',
    ]);
  });
});

describe('describeIsolation', () => {
  it('names the fallback, says why bubblewrap is not used, and admits the open network', () => {
    const info = describeIsolation(permissionModelOnly('bubblewrap is not installed'));
    expect(info).toMatchObject({ level: 'permission-model', reason: 'bubblewrap is not installed' });
    expect(info.doesNotProtect.join(' ')).toMatch(/network/i);
  });

  it('claims no network for bubblewrap, and still names what it does not stop', () => {
    const info = describeIsolation({ level: 'bubblewrap', bwrapPath: '/usr/bin/bwrap', systemFiles: [] });
    expect(info.reason).toBeUndefined();
    expect(info.protects.join(' ')).toMatch(/no network/i);
    expect(info.doesNotProtect.length).toBeGreaterThan(0);
  });
});
