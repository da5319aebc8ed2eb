/** Builds lesson folders in a temp dir: a valid lesson by default, with files replaced or removed per test. */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export type Tree = Record<string, string | null>;

export function validLesson(title = 'A lesson'): Tree {
  return {
    'lesson.md': `---\ntitle: ${title}\nsummary: Learn a thing.\nobjectives: [Do the thing]\nminutes: 10\n---\nWelcome!\n`,
    'steps/01-first/step.md': '---\ntitle: First step\nhints: [Look closer]\n---\nDo this first.\n',
    'steps/01-first/checks.ts': 'export default [];\n',
    'steps/02-second/step.md': '---\ntitle: Second step\n---\nThen this.\n',
    'steps/02-second/checks.ts': 'export default [];\n',
    'starter/server.ts': '// starter\n',
    'solution/server.ts': '// solution\n',
    'seed.sql': 'CREATE TABLE things (id INTEGER PRIMARY KEY);\nINSERT INTO things VALUES (1);\n',
    'seed-2.sql': 'CREATE TABLE things (id INTEGER PRIMARY KEY);\nINSERT INTO things VALUES (7);\n',
  };
}

export async function makeLessonsDir(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'lessons-test-'));
  const lessonsDir = join(root, 'lessons');
  await mkdir(lessonsDir);
  return lessonsDir;
}

/** Writes `tree` under `dir`; a null entry means "leave this file out". */
export async function writeTree(dir: string, tree: Tree): Promise<void> {
  for (const [path, content] of Object.entries(tree)) {
    if (content === null) continue;
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
}
