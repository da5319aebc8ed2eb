import { describe, expect, it } from 'vitest';
import { windowOptions } from '../../../src-main/electron/window-options.js';

const options = windowOptions({ preload: '/app/dist/electron/preload.cjs' });

describe('windowOptions', () => {
  it('locks the page down: isolated, sandboxed, no Node, web security on, no webviews', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  it('loads the preload and puts nothing on the renderer command line, which every local user can read', () => {
    expect(options.webPreferences?.preload).toBe('/app/dist/electron/preload.cjs');
    expect(options.webPreferences?.additionalArguments).toBeUndefined();
  });
});
