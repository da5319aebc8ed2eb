/**
 * Whether dist/ is older than anything it is built from. `npm start` skips the ~5 s build when
 * nothing changed, so a newcomer's second start is as quick as the backend itself.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const BUILD_STAMP = 'dist/.build-stamp';
const SOURCES = ['src-main', 'src-renderer', 'electron.config.ts', 'vite.config.ts', 'package-lock.json', 'scripts'];

function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((newest, entry) => Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs), info.mtimeMs);
}

export function isBuildFresh(root: string): boolean {
  const stamp = join(root, BUILD_STAMP);
  if (!existsSync(stamp)) return false;
  const built = statSync(stamp).mtimeMs;
  return SOURCES.map((source) => join(root, source))
    .filter((path) => existsSync(path))
    .every((path) => newestMtime(path) <= built);
}
