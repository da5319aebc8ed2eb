import { describe, expect, it } from 'vitest';
import { WINDOW_SIZE, windowOptions } from '../../../src-main/electron/window-options.js';

const options = windowOptions({ preload: '/app/dist/electron/preload.cjs', bounds: { x: 10, y: 20, width: 1200, height: 800 } });

describe('windowOptions', () => {
  it('locks the page down: isolated, sandboxed, no Node anywhere, web security on, no webviews', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
  });

  it('loads the preload and puts nothing on the renderer command line, which every local user can read', () => {
    expect(options.webPreferences?.preload).toBe('/app/dist/electron/preload.cjs');
    expect(options.webPreferences?.additionalArguments).toBeUndefined();
  });

  it('opens where it was placed, no smaller than the workbench fits, and hidden until its first page is drawn', () => {
    expect(options).toMatchObject({ x: 10, y: 20, width: 1200, height: 800, minWidth: WINDOW_SIZE.minWidth, minHeight: WINDOW_SIZE.minHeight, show: false });
  });

  it('lets Electron centre a window without a remembered place', () => {
    const centred = windowOptions({ preload: '/p.cjs', bounds: { width: WINDOW_SIZE.width, height: WINDOW_SIZE.height } });
    expect(centred.x).toBeUndefined();
    expect(centred.y).toBeUndefined();
  });
});
