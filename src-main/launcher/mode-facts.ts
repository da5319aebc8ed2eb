/** Gathers what chooseMode() decides on: the Electron binary on disk and the display in the environment. */
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ModeFacts } from './choose-mode.js';

export function gatherModeFacts(projectRoot: string, env: NodeJS.ProcessEnv, platform: NodeJS.Platform): ModeFacts {
  return {
    platform,
    electronBinary: installedElectronBinary(projectRoot),
    hasDisplay: Boolean(env.DISPLAY || env.WAYLAND_DISPLAY),
  };
}

/**
 * The electron package names its executable in path.txt once its binary has been downloaded
 * into dist/; it can run if it is there and executable. We look rather than load the electron
 * package, which tries to download the binary when it is missing.
 */
export function installedElectronBinary(projectRoot: string): string | undefined {
  const packageDir = join(projectRoot, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return isExecutable(binary) ? binary : undefined;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
