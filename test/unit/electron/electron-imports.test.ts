/**
 * Only src-main/electron/ may import 'electron': its binary cannot be downloaded on every
 * machine (and `require('electron')` from plain Node then tries to), and the layering
 * (electron → server → …) forbids the reverse. Scans the app's sources, not test/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const projectRoot = join(import.meta.dirname, '..', '..', '..');
const SCANNED_DIRS = ['src-main', 'src-renderer', 'scripts', 'bench'];
const SOURCE_FILE = /\.(?:ts|tsx|mts|cts|js|mjs|cjs)$/;
/** `from 'electron'`, `import 'electron'`, `import('electron')`, `require('electron')`, and subpaths like 'electron/main'. */
const IMPORTS_ELECTRON = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(['"`])electron(?:\/[\w/-]*)?\1/;

function sourceFiles(): string[] {
  return SCANNED_DIRS.flatMap((dir) => {
    let entries: string[];
    try {
      entries = readdirSync(join(projectRoot, dir), { recursive: true, encoding: 'utf8' });
    } catch {
      return []; // a folder that does not exist yet has nothing to import
    }
    return entries.filter((file) => SOURCE_FILE.test(file) && !file.includes('node_modules')).map((file) => join(dir, file));
  });
}

function filesImportingElectron(): string[] {
  return sourceFiles()
    .filter((file) => IMPORTS_ELECTRON.test(readFileSync(join(projectRoot, file), 'utf8')))
    .map((file) => file.split('\\').join('/'));
}

describe('electron imports', () => {
  it.each([
    "import { app, BrowserWindow } from 'electron';",
    'import type { Session } from "electron";',
    "import {\n  shell,\n} from 'electron'",
    "import 'electron';",
    "export { app } from 'electron';",
    "const { app } = require('electron');",
    'const electron = require ( "electron" );',
    "const { app } = await import('electron');",
    'await import(`electron`)',
    "import { app } from 'electron/main';",
  ])('the matcher catches %j', (source) => {
    expect(IMPORTS_ELECTRON.test(source)).toBe(true);
  });

  it.each([
    "import { build } from 'electron-builder';",
    "import { guardNavigation } from './electron/navigation-guard.js';",
    "import { x } from '../src-main/electron/window-options.js';",
    "return { mode: 'electron', electronBinary };",
    "external: ['electron'],",
  ])('the matcher lets %j pass', (source) => {
    expect(IMPORTS_ELECTRON.test(source)).toBe(false);
  });

  it('are found in the Electron shell itself, so the scan does read the real sources', () => {
    expect(filesImportingElectron()).toEqual(expect.arrayContaining(['src-main/electron/main.ts', 'src-main/electron/preload.ts']));
  });

  it('appear nowhere outside src-main/electron/', () => {
    expect(filesImportingElectron().filter((file) => !file.startsWith('src-main/electron/'))).toEqual([]);
  });
});
