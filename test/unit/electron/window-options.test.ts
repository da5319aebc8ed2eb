import { describe, expect, it } from 'vitest';
import { parseTokenArgument } from '../../../src-main/electron/token-argument.js';
import { windowOptions } from '../../../src-main/electron/window-options.js';

const token = 'c'.repeat(64);
const options = windowOptions({ preload: '/app/dist/electron/preload.cjs', token });

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

  it('loads the preload and hands it the token as a renderer argument it can parse', () => {
    expect(options.webPreferences?.preload).toBe('/app/dist/electron/preload.cjs');
    expect(parseTokenArgument(options.webPreferences?.additionalArguments ?? [])).toBe(token);
  });
});
