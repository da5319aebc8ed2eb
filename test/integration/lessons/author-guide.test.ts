/**
 * lessons/README.md promises an author can write a lesson from it alone. This builds the complete
 * example lesson from that document's `file=` code blocks, loads it and verifies it: if the guide
 * and the engine drift apart, this fails.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { loadCatalog } from '../../../src-main/lessons/catalog.js';
import { Sandbox } from '../../../src-main/sandbox/sandbox.js';
import { verifyLesson } from '../../../src-main/verifier/verify-lesson.js';
import { writeTree, type Tree } from '../../support/lesson-tree.js';
import { projectRoot } from '../../support/backend.js';
import { useTempDir } from '../../support/temp-dir.js';

const tempDir = useTempDir('author-guide-');
const sandbox = new Sandbox();
afterAll(() => sandbox.stopAll());

/** Every fenced block whose info string names a file, e.g. ```ts file=starter/server.ts */
function exampleFiles(markdown: string): Tree {
  const blocks = markdown.matchAll(/^```\w* file=(\S+)\n([\s\S]*?)^```$/gm);
  return Object.fromEntries([...blocks].map(([, path, content]) => [path!, content!]));
}

it('the complete lesson in lessons/README.md loads and verifies', async () => {
  const guide = await readFile(join(projectRoot, 'lessons/README.md'), 'utf8');
  const files = exampleFiles(guide);
  expect(Object.keys(files)).toEqual(expect.arrayContaining(['lesson.md', 'seed.sql', 'seed-2.sql', 'starter/server.ts', 'solution/server.ts']));

  const lessonsDir = join(tempDir(), 'lessons');
  await writeTree(join(lessonsDir, 'crud/01-guestbook'), files);
  const catalog = await loadCatalog(lessonsDir);
  expect(catalog.broken).toEqual([]);

  const lesson = catalog.find('crud/01-guestbook')!;
  expect(lesson.steps.map((step) => step.id)).toEqual(['01-list-entries', '02-sign']);
  const verdicts = await verifyLesson(lesson, { sandbox, runtimeModulesDir: join(projectRoot, 'node_modules') });
  expect(verdicts.filter((verdict) => !verdict.ok)).toEqual([]);
  expect(verdicts).toHaveLength(8);
}, 30_000);
