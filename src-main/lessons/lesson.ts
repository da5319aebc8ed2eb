/** A lesson as the rest of the backend sees it, after loading and validation. */

export interface LessonFile {
  /** Relative to the workspace, forward slashes, e.g. `server.ts` or `routes/todos.ts`. */
  path: string;
  content: string;
}

export interface Step {
  /** The step's folder name, e.g. `01-list-todos`. */
  id: string;
  title: string;
  /** Markdown. */
  instructions: string;
  /** From a nudge to nearly the answer, shown one at a time. */
  hints: string[];
  /** Absolute path of the step's checks.ts. */
  checksFile: string;
}

export interface Lesson {
  /** `<track>/<lesson-folder>`, e.g. `crud/01-first-endpoints`. */
  id: string;
  track: string;
  /** Absolute path of the lesson folder. */
  dir: string;
  title: string;
  summary: string;
  minutes: number;
  objectives: string[];
  concepts: string[];
  /** Markdown shown above the first step. */
  introduction: string;
  /** The starter file the sandbox runs, e.g. `server.ts`. */
  entry: string;
  steps: Step[];
  starterFiles: LessonFile[];
  solutionFiles: LessonFile[];
  /** SQL that creates and fills the learner's lesson database (`seed.sql`). */
  seedSql: string;
  /** The same tables with different data (`seed-2.sql`): the verifier also runs every step on it. */
  secondSeedSql: string;
}
