/** Where `npm run build` puts what the launchers start, from the targets in electron.config.ts. */
import { join } from 'node:path';
import { nodeTargets } from '../../electron.config.js';

export interface BuiltFiles {
  /** The backend bundle, run with plain Node. */
  backend: string;
  /** The Electron preload bundle. */
  preload: string;
}

export function builtFiles(projectRoot: string): BuiltFiles {
  return {
    backend: join(projectRoot, nodeTargets.backend.outfile),
    preload: join(projectRoot, nodeTargets.electronPreload.outfile),
  };
}
