/** Gathers the .d.ts files (and package.json files, for module resolution) of type packages and their @types dependencies. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { TypeLibraryFile } from '../src-main/contract/api.js';


async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && (e.name.endsWith('.d.ts') || e.name === 'package.json'))
    .map((e) => join(e.parentPath, e.name));
}

async function typeDependencies(packageDir: string): Promise<string[]> {
  const manifest = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  return Object.keys(manifest.dependencies ?? {}).filter((name) => name.startsWith('@types/'));
}

export async function collectTypeLibraries(nodeModulesDir: string, packages: string[]): Promise<TypeLibraryFile[]> {
  const seen = new Set<string>();
  const queue = [...packages];
  const files: TypeLibraryFile[] = [];
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const packageDir = join(nodeModulesDir, name);
    for (const file of await listFiles(packageDir)) {
      files.push({ path: `node_modules/${relative(nodeModulesDir, file)}`, content: await readFile(file, 'utf8') });
    }
    queue.push(...(await typeDependencies(packageDir)));
  }
  return files;
}
