/**
 * The backend process. Started by the Electron shell, by `npm start` in web mode, or by tests.
 * Prints one ready line (see ready-line.ts) once it accepts connections, and shuts down —
 * stopping every learner process — on SIGTERM, SIGINT, or when the parent's stdin pipe closes.
 */
import { fstatSync } from 'node:fs';
import { join } from 'node:path';
import { startBackend } from './backend.js';
import { defaultDataDir } from './data-dir.js';
import { formatReadyLine } from './ready-line.js';

/** Both src-main/server/main.ts and dist/backend/main.mjs sit two folders below the project root. */
const projectRoot = join(import.meta.dirname, '..', '..');

const dataDir = defaultDataDir();
const backend = await startBackend({
  dataDir,
  lessonsDir: process.env.BACKEND_SANDBOX_LESSONS_DIR ?? join(projectRoot, 'lessons'),
  rendererDir: join(projectRoot, 'dist', 'renderer'),
  runtimeModulesDir: join(projectRoot, 'node_modules'),
  port: Number(process.env.BACKEND_SANDBOX_PORT ?? 0),
});
console.log(formatReadyLine({ port: backend.port, token: backend.token, dataDir }));

let stopping: Promise<void> | undefined;
/** Ctrl+C, the launcher's SIGTERM and the closing pipe can all arrive: the first one shuts down. */
function shutDown(): Promise<void> {
  stopping ??= backend.close().then(() => process.exit(0));
  return stopping;
}
process.once('SIGTERM', () => void shutDown());
process.once('SIGINT', () => void shutDown());
// A parent that holds our stdin as a pipe owns us: when it goes, so do we (no orphaned backends).
// Node's spawn pipes are Unix sockets, shell pipes are FIFOs; a terminal or /dev/null is neither.
const stdin = fstatSync(0);
if (stdin.isFIFO() || stdin.isSocket()) {
  process.stdin.on('end', () => void shutDown());
  process.stdin.resume();
}
