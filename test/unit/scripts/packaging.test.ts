import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builderConfig, packaging } from '../../../packaging.config.js';
import { isBuildLeftover, nodeNeedsSharedLibnode } from '../../../scripts/packaging/stage.js';
import { useTempDir } from '../../support/temp-dir.js';

const config = builderConfig({ electronVersion: '45.5.0', stageDir: '/tmp/stage' });

describe('builderConfig', () => {
  it('sets the fuses: no RunAsNode, no NODE_OPTIONS, no --inspect, the app only from a checked asar', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
    expect(config.asar).toBe(true);
  });

  it('builds AppImage and deb, dmg, and an NSIS installer', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
  });

  it('packs the staged app into the asar and ships the staged backend beside it, node_modules as its own entry', () => {
    expect(config.directories.app).toBe('/tmp/stage/app');
    expect(config.extraResources).toEqual([
      { from: '/tmp/stage/backend', to: 'backend', filter: ['**/*', '!node_modules{,/**}'] },
      { from: '/tmp/stage/backend/node_modules', to: 'backend/node_modules', filter: ['**/*'] },
    ]);
  });

  it('rebuilds nothing for Electron: the native module belongs to the shipped Node', () => {
    expect(config).toMatchObject({ npmRebuild: false, nodeGypRebuild: false, electronVersion: '45.5.0' });
    expect(packaging.builderVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('isBuildLeftover', () => {
  const tempDir = useTempDir('backend-sandbox-packaging-');

  function nativePackage(): string {
    const dir = join(tempDir(), 'better-sqlite3');
    mkdirSync(dir);
    writeFileSync(join(dir, 'binding.gyp'), '{}');
    return dir;
  }

  it('drops the C sources and compiler output of a native module, and keeps what it loads', () => {
    const dir = nativePackage();
    const leftover = (path: string) => isBuildLeftover(dir, join(dir, path));
    expect(['deps/sqlite3/sqlite3.c', 'src/better_sqlite3.cpp', 'build/Makefile', 'build/Release/obj.target/better_sqlite3.node', 'build/Release/.deps/x.d'].map(leftover)).toEqual([true, true, true, true, true]);
    expect(['build', 'build/Release', 'build/Release/better_sqlite3.node', 'lib/index.js', 'package.json'].map(leftover)).toEqual([false, false, false, false, false]);
  });

  it('keeps every file of a package that is not native', () => {
    const dir = join(tempDir(), 'some-lib');
    mkdirSync(dir);
    expect(isBuildLeftover(dir, join(dir, 'src', 'index.js'))).toBe(false);
    expect(isBuildLeftover(dir, join(dir, 'build', 'index.js'))).toBe(false);
  });
});

describe('nodeNeedsSharedLibnode', () => {
  it("spots a distribution's Node, which cannot run without its libnode", () => {
    expect(nodeNeedsSharedLibnode('\tlibnode.so.108 => /lib/x86_64-linux-gnu/libnode.so.108 (0x7f)\n\tlibc.so.6 => /lib/libc.so.6')).toBe(true);
    expect(nodeNeedsSharedLibnode('\tlibstdc++.so.6 => /lib/libstdc++.so.6\n\tlibc.so.6 => /lib/libc.so.6')).toBe(false);
  });
});
