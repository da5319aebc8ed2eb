/**
 * Desktop window or browser tab? A pure decision over facts gathered elsewhere (mode-facts.ts),
 * so every branch is unit-tested without touching the file system or the environment.
 */

export interface ModeFacts {
  platform: NodeJS.Platform;
  /** The Electron executable, if its binary is installed. */
  electronBinary: string | undefined;
  /** DISPLAY or WAYLAND_DISPLAY is set. */
  hasDisplay: boolean;
}

export type ModeDecision =
  | { mode: 'electron'; electronBinary: string; reason: string }
  | { mode: 'web'; reason: string };

const IN_BROWSER = 'so the app runs in your browser';

export function chooseMode(args: { web: boolean }, facts: ModeFacts): ModeDecision {
  if (args.web) return { mode: 'web', reason: `--web was passed, ${IN_BROWSER}` };
  if (facts.electronBinary === undefined) {
    return { mode: 'web', reason: `Electron's binary is not installed (it could not be downloaded), ${IN_BROWSER}` };
  }
  // macOS and Windows always have a desktop; elsewhere Electron needs an X11 or Wayland display.
  if (!needsNoDisplay(facts.platform) && !facts.hasDisplay) {
    return { mode: 'web', reason: `there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set), ${IN_BROWSER}` };
  }
  return { mode: 'electron', electronBinary: facts.electronBinary, reason: 'Electron is installed and a display is available' };
}

function needsNoDisplay(platform: NodeJS.Platform): boolean {
  return platform === 'darwin' || platform === 'win32';
}
