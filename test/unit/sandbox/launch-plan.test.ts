import { describe, expect, it } from 'vitest';
import { buildLaunchPlan, heapLimitMb } from '../../../src-main/sandbox/launch-plan.js';

const inputs = {
  workspaceDir: '/data/ws',
  runtimeModulesDir: '/app/node_modules',
  guardPath: '/app/dist/backend/loopback-guard.cjs',
  warmStartPath: '/app/dist/backend/warm-start.cjs',
  databasePath: '/data/ws/lesson.db',
  port: 41234,
  memoryMb: 256,
};

describe('buildLaunchPlan', () => {
  const plan = buildLaunchPlan(inputs);

  it('runs the same Node as the backend, with the warm-start script as main (the bundle arrives on stdin)', () => {
    expect(plan.command).toBe(process.execPath);
    expect(plan.args.at(-1)).toBe('/app/dist/backend/warm-start.cjs');
  });

  it('confines the filesystem: one read flag per folder, writes to the workspace only', () => {
    expect(plan.args).toContain('--experimental-permission');
    expect(plan.args.filter((arg) => arg.startsWith('--allow-fs-read='))).toEqual([
      '--allow-fs-read=/data/ws',
      '--allow-fs-read=/app/node_modules',
      '--allow-fs-read=/app/dist/backend/loopback-guard.cjs',
      '--allow-fs-read=/app/dist/backend/warm-start.cjs',
    ]);
    expect(plan.args.filter((arg) => arg.startsWith('--allow-fs-write='))).toEqual(['--allow-fs-write=/data/ws']);
  });

  it('allows addons (better-sqlite3) but never child processes or workers', () => {
    expect(plan.args).toContain('--allow-addons');
    expect(plan.args.some((arg) => arg.startsWith('--allow-child-process') || arg.startsWith('--allow-worker'))).toBe(false);
  });

  it('preloads the loopback guard and maps stack traces to the learner’s files', () => {
    expect(plan.args).toContain('--require=/app/dist/backend/loopback-guard.cjs');
    expect(plan.args).toContain('--enable-source-maps');
  });

  it('limits the heap a bit below the RSS limit', () => {
    expect(plan.args).toContain('--max-old-space-size=192');
    expect(heapLimitMb(128)).toBe(96);
    expect(heapLimitMb(40)).toBe(32);
  });

  it('passes a clean environment with only what the server needs', () => {
    expect(plan.env).toEqual({
      PORT: '41234',
      DATABASE_PATH: '/data/ws/lesson.db',
      NODE_PATH: '/app/node_modules',
      NODE_ENV: 'development',
    });
  });
});
