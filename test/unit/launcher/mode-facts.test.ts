import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gatherModeFacts, installedElectronBinary } from '../../../src-main/launcher/mode-facts.js';
import { useTempDir } from '../../support/temp-dir.js';

describe('installedElectronBinary', () => {
  const tempDir = useTempDir('backend-sandbox-mode-facts-');

  function electronPackage(): { root: string; packageDir: string } {
    const root = tempDir();
    const packageDir = join(root, 'node_modules', 'electron');
    mkdirSync(join(packageDir, 'dist'), { recursive: true });
    return { root, packageDir };
  }

  it('is undefined without path.txt (the state this machine is in: the download failed)', () => {
    expect(installedElectronBinary(electronPackage().root)).toBeUndefined();
  });

  it('is undefined when path.txt names a binary that is not in dist/', () => {
    const { root, packageDir } = electronPackage();
    writeFileSync(join(packageDir, 'path.txt'), 'electron');
    expect(installedElectronBinary(root)).toBeUndefined();
  });

  it('is the binary path.txt names under dist/', () => {
    const { root, packageDir } = electronPackage();
    writeFileSync(join(packageDir, 'path.txt'), 'electron\n');
    writeFileSync(join(packageDir, 'dist', 'electron'), '', { mode: 0o755 });
    expect(installedElectronBinary(root)).toBe(join(packageDir, 'dist', 'electron'));
  });

  it.skipIf(process.platform === 'win32')('is undefined when that binary is there but cannot be executed (a half-finished unpack)', () => {
    const { root, packageDir } = electronPackage();
    writeFileSync(join(packageDir, 'path.txt'), 'electron\n');
    writeFileSync(join(packageDir, 'dist', 'electron'), '', { mode: 0o644 });
    expect(installedElectronBinary(root)).toBeUndefined();
  });
});

describe('gatherModeFacts', () => {
  it.each([
    [{ DISPLAY: ':0' }, true],
    [{ WAYLAND_DISPLAY: 'wayland-0' }, true],
    [{ DISPLAY: '' }, false],
    [{}, false],
  ])('reads the display from %o', (env, hasDisplay) => {
    expect(gatherModeFacts('/nowhere', env, 'linux')).toEqual({ platform: 'linux', electronBinary: undefined, hasDisplay });
  });
});
