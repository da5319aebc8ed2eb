import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChecksLoadError, loadStepChecks } from '../../../src-main/checks/load-checks.js';
import { offlineTester } from './offline-tester.js';

const fixture = join(import.meta.dirname, '../../fixtures/lessons/checks/passing.ts');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'load-checks-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function checksFile(name: string, source: string): Promise<string> {
  const file = join(dir, name, 'checks.ts');
  await mkdir(join(dir, name), { recursive: true });
  await writeFile(file, source);
  return file;
}

async function loadError(file: string): Promise<ChecksLoadError> {
  const error = await loadStepChecks(file).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ChecksLoadError);
  return error as ChecksLoadError;
}

describe('loadStepChecks', () => {
  it('compiles a checks file that uses zod and a local helper, and runs its checks', async () => {
    const checks = await loadStepChecks(fixture);
    expect(checks.map((check) => check.name)).toEqual(['zod and a local helper work']);
    await expect(checks[0]!.run(offlineTester())).resolves.toBeUndefined();
  });

  it('reuses compiled checks until the file or a file it imports changes', async () => {
    await writeFile(join(dir, 'helper.ts'), "export const label = 'one';\n");
    const file = await checksFile('cached', "import { label } from '../helper.js';\nexport default [{ name: label, run: async () => {} }];\n");
    const first = await loadStepChecks(file);
    expect(await loadStepChecks(file)).toBe(first);

    await writeFile(join(dir, 'helper.ts'), "export const label = 'two';\n");
    const second = await loadStepChecks(file);
    expect(second[0]!.name).toBe('two');

    await writeFile(file, "export default [{ name: 'three', run: async () => {} }];\n");
    expect((await loadStepChecks(file))[0]!.name).toBe('three');
  });

  it('names the file and the line when the checks do not compile', async () => {
    const file = await checksFile('syntax', "import type { Check } from 'backend-sandbox/checks';\nconst checks: Check[] = [{ name: 'x', run: async (t) => { t.http.get('/'); }];\nexport default checks;\n");
    const error = await loadError(file);
    expect(error.file).toBe(file);
    expect(error.message).toMatch(new RegExp(`^Could not load the checks in ${file}: it does not compile:\\n.*checks\\.ts:2:\\d+: Expected "}" but found "]"`));
  });

  it('reports a package that cannot be found', async () => {
    const error = await loadError(await checksFile('missing-package', "import pad from 'left-pad-nowhere';\nexport default [{ name: pad, run: async () => {} }];\n"));
    expect(error.message).toMatch(/it does not compile:\n.*Could not resolve "left-pad-nowhere"/);
  });

  it.each([
    ['no default export', 'export const checks = [];\n', /default export: Invalid input: expected array, received undefined/],
    ['an empty array', 'export default [];\n', /default export: the array holds no checks/],
    ['a check without run()', "export default [{ name: 'x' }];\n", /\[0\]\.run: expected an async function/],
    ['a check without a name', 'export default [{ run: async () => {} }];\n', /\[0\]\.name: /],
  ])('rejects %s', async (name, source, reason) => {
    const error = await loadError(await checksFile(name.replaceAll(' ', '-').replace(/[()]/g, ''), source));
    expect(error.message).toContain('the default export must be an array of checks ({ name, run }); ');
    expect(error.message).toMatch(reason);
  });

  it('reports a checks file that throws while loading', async () => {
    const error = await loadError(await checksFile('throws', "throw new Error('boom');\n"));
    expect(error.message).toMatch(/: it threw while loading: boom$/);
  });
});
