import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { learnerTypePackages } from '../../../electron.config.js';
import { collectTypeLibraries } from '../../../scripts/collect-type-libraries.js';

describe('the type libraries shipped to the editor', () => {
  it('cover every package learner code imports by name, ws included', async () => {
    const files = await collectTypeLibraries(join(import.meta.dirname, '../../../node_modules'), learnerTypePackages);
    const paths = new Set(files.map((file) => file.path));
    for (const entry of ['@types/express/index.d.ts', '@types/better-sqlite3/index.d.ts', '@types/ws/index.d.ts', '@types/node/index.d.ts']) {
      expect(paths, entry).toContain(`node_modules/${entry}`);
    }
  });
});
