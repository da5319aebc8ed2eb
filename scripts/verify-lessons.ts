/**
 * `npm run lessons:verify [lessons-dir]`: every lesson loads, and every step's checks fail on the
 * starter and pass on the solution, on both seeds. Prints progress as it goes and a summary table;
 * exits 1 on any problem.
 */
import { join, resolve } from 'node:path';
import { loadCatalog } from '../src-main/lessons/catalog.js';
import type { Lesson } from '../src-main/lessons/lesson.js';
import { detectIsolation } from '../src-main/sandbox/isolation.js';
import { Sandbox } from '../src-main/sandbox/sandbox.js';
import { countVerdicts, verifyLesson, type CodeVariant, type SeedName, type StepVerdict } from '../src-main/verifier/verify-lesson.js';

const projectRoot = join(import.meta.dirname, '..');
const lessonsDir = process.argv[2] ? resolve(process.argv[2]) : join(projectRoot, 'lessons');

const catalog = await loadCatalog(lessonsDir);
// The same isolation the app would use here, so a lesson that only works outside bubblewrap is caught.
const sandbox = new Sandbox(await detectIsolation());
const verdicts: StepVerdict[] = [];
const total = catalog.lessons.reduce((sum, lesson) => sum + countVerdicts(lesson), 0);

function describe(verdict: StepVerdict): string {
  const mark = verdict.ok ? '✓' : '✗';
  const what = `${verdict.lessonId} step ${verdict.stepId} (${verdict.variant}, ${verdict.seed})`;
  return `[${verdicts.length}/${total}] ${mark} ${what} ${verdict.durationMs} ms${verdict.problem ? ` — ${verdict.problem}` : ''}`;
}

for (const broken of catalog.broken) console.log(`✗ ${broken.id}: cannot load ${broken.file}: ${broken.reason}`);
try {
  for (const lesson of catalog.lessons) {
    await verifyLesson(lesson, {
      sandbox,
      runtimeModulesDir: join(projectRoot, 'node_modules'),
      onVerdict: (verdict) => {
        verdicts.push(verdict);
        console.log(describe(verdict));
      },
    });
  }
} finally {
  await sandbox.stopAll();
}

/** "3/3" for one lesson, variant and seed. */
function tally(lesson: Lesson, variant: CodeVariant, seed: SeedName): string {
  const ok = verdicts.filter((v) => v.lessonId === lesson.id && v.variant === variant && v.seed === seed && v.ok).length;
  return `${ok}/${lesson.steps.length}`;
}

console.table(
  catalog.lessons.map((lesson) => ({
    lesson: lesson.id,
    steps: lesson.steps.length,
    'starter fails (seed)': tally(lesson, 'starter', 'seed.sql'),
    'solution passes (seed)': tally(lesson, 'solution', 'seed.sql'),
    'starter fails (seed-2)': tally(lesson, 'starter', 'seed-2.sql'),
    'solution passes (seed-2)': tally(lesson, 'solution', 'seed-2.sql'),
  })),
);
const failures = verdicts.filter((verdict) => !verdict.ok);
for (const failure of failures) console.log(`✗ ${failure.lessonId} step ${failure.stepId} (${failure.variant}, ${failure.seed}): ${failure.problem}`);
const problems = failures.length + catalog.broken.length;
console.log(problems === 0 ? `lessons verified: ${catalog.lessons.length} lessons, ${verdicts.length} step checks` : `lessons:verify found ${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
