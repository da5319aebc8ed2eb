/** Everything the API routes need, built once at start-up and handed to each route module. */
import type { Catalog } from '../lessons/catalog.js';
import type { Lesson } from '../lessons/lesson.js';
import type { AppStore } from '../store/app-store.js';
import type { Workbench } from '../workbench/workbench.js';
import type { Workspaces } from '../workspace/workspace.js';
import type { CheckRuns } from './check-runs.js';
import { HttpError } from './http/http-error.js';
import type { LearnerServers } from './learner-servers.js';
import type { LessonQueue } from './lesson-queue.js';

export interface Services {
  catalog: Catalog;
  store: AppStore;
  workspaces: Workspaces;
  learnerServers: LearnerServers;
  checkRuns: CheckRuns;
  /** Serialises everything that touches one lesson's server or database. */
  queue: LessonQueue;
  /** Database inspector, HTTP and WebSocket clients, timeline. */
  workbench: Workbench;
}

export function requireLesson(services: Services, lessonId: string): Lesson {
  const lesson = services.catalog.find(lessonId);
  if (!lesson) throw new HttpError(404, `There is no lesson "${lessonId}".`);
  return lesson;
}
