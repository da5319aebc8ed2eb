/**
 * `npm run lessons:verify`: every lesson loads, and every step's checks fail on the starter and
 * pass on the solution. Prints progress as it goes and a summary table; exits 1 on any problem.
 */
import { join } from 'node:path';
import { loadCatalog } from '../src-main/lessons/catalog.js';
import { detectIsolation } from '../src-main/sandbox/isolation.js';
import { Sandbox } from '../src-main/sandbox/sandbox.js';
import { verifyLesson, type StepVerdict } from '../src-main/verifier/verify-lesson.js';

const projectRoot = join(import.meta.dirname, '..');
const lessonsDir = process.argv[2] ?? join(projectRoot, 'lessons');

const catalog = await loadCatalog(lessonsDir);
// The same isolation the app would use here, so a lesson that only works outside bubblewrap is caught.
const sandbox = new Sandbox(await detectIsolation());
const verdicts: StepVerdict[] = [];
const total = catalog.lessons.reduce((sum, lesson) => sum + lesson.steps.length * 2, 0);

for (const broken of catalog.broken) console.log(`✗ ${broken.id}: cannot load ${broken.file}: ${broken.reason}`);
try {
  for (const lesson of catalog.lessons) {
    await verifyLesson(lesson, {
      sandbox,
      runtimeModulesDir: join(projectRoot, 'node_modules'),
      onVerdict: (verdict) => {
        verdicts.push(verdict);
        const mark = verdict.ok ? '✓' : '✗';
        console.log(`[${verdicts.length}/${total}] ${mark} ${verdict.lessonId} ${verdict.stepId} (${verdict.variant}) ${verdict.durationMs} ms${verdict.problem ? ` — ${verdict.problem}` : ''}`);
      },
    });
  }
} finally {
  await sandbox.stopAll();
}

const rows = catalog.lessons.map((lesson) => {
  const mine = verdicts.filter((verdict) => verdict.lessonId === lesson.id);
  return {
    lesson: lesson.id,
    steps: lesson.steps.length,
    'starter fails': `${mine.filter((v) => v.variant === 'starter' && v.ok).length}/${lesson.steps.length}`,
    'solution passes': `${mine.filter((v) => v.variant === 'solution' && v.ok).length}/${lesson.steps.length}`,
  };
});
console.table(rows);
const problems = verdicts.filter((verdict) => !verdict.ok).length + catalog.broken.length;
console.log(problems === 0 ? `lessons verified: ${catalog.lessons.length} lessons, ${verdicts.length} step checks` : `lessons:verify found ${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
