import { describe, expect, it } from 'vitest';
import { chooseMode, type ModeFacts } from '../../../src-main/launcher/choose-mode.js';

const binary = '/project/node_modules/electron/dist/electron';
const linuxDesktop: ModeFacts = { platform: 'linux', electronBinary: binary, hasDisplay: true };

describe('chooseMode', () => {
  it('runs Electron when its binary is installed and Linux has a display', () => {
    expect(chooseMode({ web: false }, linuxDesktop)).toEqual({
      mode: 'electron',
      electronBinary: binary,
      reason: 'Electron is installed and a display is available',
    });
  });

  it('lets --web force the browser even when Electron could run', () => {
    expect(chooseMode({ web: true }, linuxDesktop)).toEqual({
      mode: 'web',
      reason: '--web was passed, so the app runs in your browser',
    });
  });

  it('falls back to the browser when the binary is missing, and says why', () => {
    expect(chooseMode({ web: false }, { ...linuxDesktop, electronBinary: undefined })).toEqual({
      mode: 'web',
      reason: "Electron's binary is not installed (it could not be downloaded), so the app runs in your browser",
    });
  });

  it('falls back to the browser on Linux without a display', () => {
    const decision = chooseMode({ web: false }, { ...linuxDesktop, hasDisplay: false });
    expect(decision.mode).toBe('web');
    expect(decision.reason).toMatch(/^there is no display/);
  });

  it.each(['darwin', 'win32'] as const)('needs no DISPLAY on %s', (platform) => {
    expect(chooseMode({ web: false }, { platform, electronBinary: binary, hasDisplay: false }).mode).toBe('electron');
  });

  it('reports the missing binary before the missing display', () => {
    const decision = chooseMode({ web: false }, { platform: 'linux', electronBinary: undefined, hasDisplay: false });
    expect(decision.reason).toMatch(/binary is not installed/);
  });
});
