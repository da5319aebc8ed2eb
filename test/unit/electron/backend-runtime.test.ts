import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backendRuntime, type RuntimeFacts } from '../../../src-main/electron/backend-runtime.js';

const fromProject: RuntimeFacts = {
  isPackaged: false,
  resourcesPath: '/project/node_modules/electron/dist/resources',
  appPath: '/project',
  env: { BACKEND_SANDBOX_NODE: '/usr/bin/node' },
  platform: 'linux',
};

describe('backendRuntime', () => {
  it("from the project: the Node `npm start` names, and the project's built files", () => {
    expect(backendRuntime(fromProject)).toEqual({
      nodePath: '/usr/bin/node',
      backendEntry: join('/project', 'dist/backend/main.mjs'),
      preload: join('/project', 'dist/electron/preload.cjs'),
    });
  });

  it('from the project without BACKEND_SANDBOX_NODE: a clear error, never Electron itself as Node', () => {
    expect(() => backendRuntime({ ...fromProject, env: {} })).toThrow(/BACKEND_SANDBOX_NODE is not set.*npm start/);
  });

  it('packaged: the Node shipped in resources/backend, the backend beside it, the preload from app.asar', () => {
    const resources = '/opt/Backend Sandbox/resources';
    expect(backendRuntime({ ...fromProject, isPackaged: true, resourcesPath: resources, appPath: `${resources}/app.asar`, env: {} })).toEqual({
      nodePath: join(resources, 'backend', 'node'),
      backendEntry: join(resources, 'backend', 'dist/backend/main.mjs'),
      preload: join(resources, 'app.asar', 'dist/electron/preload.cjs'),
    });
  });

  it('packaged: ignores BACKEND_SANDBOX_NODE, and names node.exe on Windows', () => {
    const runtime = backendRuntime({ ...fromProject, isPackaged: true, resourcesPath: 'C:\\App\\resources', platform: 'win32' });
    expect(runtime.nodePath).toBe(join('C:\\App\\resources', 'backend', 'node.exe'));
  });
});
