import { describe, expect, it } from 'vitest';
import { buildLaunchPlan, heapLimitMb, insideBubblewrap, LISTEN_SOCKET_ENV } from '../../../src-main/sandbox/launch-plan.js';

const guards = ['/app/dist/backend/loopback-guard.cjs', '/app/dist/backend/signal-guard.cjs', '/app/dist/backend/sqlite-guard.cjs'];
const inputs = {
  workspaceDir: '/data/ws',
  runtimeModulesDir: '/app/node_modules',
  preloadPaths: guards,
  warmStartPath: '/app/dist/backend/warm-start.cjs',
  databasePath: '/data/ws/lesson.db',
  port: 41234,
  memoryMb: 256,
  permissionModel: true,
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
      ...guards.map((guard) => `--allow-fs-read=${guard}`),
      '--allow-fs-read=/app/dist/backend/warm-start.cjs',
    ]);
    expect(plan.args.filter((arg) => arg.startsWith('--allow-fs-write='))).toEqual(['--allow-fs-write=/data/ws']);
  });

  it('allows addons (better-sqlite3) but never child processes or workers', () => {
    expect(plan.args).toContain('--allow-addons');
    expect(plan.args.some((arg) => arg.startsWith('--allow-child-process') || arg.startsWith('--allow-worker'))).toBe(false);
  });

  it('preloads every guard, in order, and maps stack traces to the learner’s files', () => {
    expect(plan.args.filter((arg) => arg.startsWith('--require='))).toEqual(guards.map((guard) => `--require=${guard}`));
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

  it('leaves the permission flags out only when asked (the security report’s bubblewrap-alone column)', () => {
    const bare = buildLaunchPlan({ ...inputs, permissionModel: false, preloadPaths: [guards[0]!] });
    expect(bare.args.some((arg) => arg.startsWith('--experimental-permission') || arg.startsWith('--allow-'))).toBe(false);
    expect(bare.args).toContain(`--require=${guards[0]}`);
  });
});

describe('insideBubblewrap', () => {
  const layout = { systemFiles: ['/usr/bin/node', '/lib/libc.so.6'], readOnly: ['/app/node_modules'], writable: ['/data/ws', '/tmp/bridge'], workingDir: '/data/ws' };
  const plan = insideBubblewrap(buildLaunchPlan({ ...inputs, listenSocketPath: '/tmp/bridge/server.sock' }), '/usr/bin/bwrap', layout);

  it('runs bwrap with the unchanged node command line after `--`', () => {
    expect(plan.command).toBe('/usr/bin/bwrap');
    const separator = plan.args.indexOf('--');
    expect(plan.args.slice(separator + 1)).toEqual([process.execPath, ...buildLaunchPlan(inputs).args]);
  });

  it('unshares every namespace, network included, and dies with the backend', () => {
    expect(plan.args.slice(0, 5)).toEqual(['--info-fd', '3', '--unshare-all', '--die-with-parent', '--new-session']);
    expect(plan.infoFd).toBe(3);
    expect(plan.args).not.toContain('--share-net');
  });

  it('binds the system files and packages read-only, the workspace and socket folder read-write, each at its own path', () => {
    const pairs = (flag: string) => plan.args.flatMap((arg, index) => (arg === flag ? [`${plan.args[index + 1]}=>${plan.args[index + 2]}`] : []));
    expect(pairs('--ro-bind')).toEqual(['/usr/bin/node=>/usr/bin/node', '/lib/libc.so.6=>/lib/libc.so.6', '/app/node_modules=>/app/node_modules']);
    expect(pairs('--bind')).toEqual(['/data/ws=>/data/ws', '/tmp/bridge=>/tmp/bridge']);
    expect(plan.args.join(' ')).toContain('--tmpfs /tmp');
    expect(plan.args.join(' ')).toContain('--chdir /data/ws');
  });

  it('tells the loopback guard which socket stands for PORT', () => {
    expect(plan.env[LISTEN_SOCKET_ENV]).toBe('/tmp/bridge/server.sock');
    expect(plan.env.PORT).toBe('41234');
  });
});
