/** Running the checks of a step against the learner's server, and stopping that server. */
import { RunChecksRequestSchema } from '../../contract/api.js';
import { readJsonBody } from '../http/read-body.js';
import { sendJson, sendNoContent } from '../http/respond.js';
import type { Router } from '../http/router.js';
import { requireLesson, type Services } from '../services.js';
import { LESSON_ID } from './lesson-routes.js';

export function addRunRoutes(router: Router, services: Services): void {
  router.add('POST', new RegExp(`^/api/lessons/${LESSON_ID}/checks$`), async ({ req, res, params }) => {
    const lesson = requireLesson(services, params.lessonId!);
    const { stepId } = await readJsonBody(req, RunChecksRequestSchema);
    sendJson(res, 200, await services.checkRuns.run(lesson, stepId));
  });

  router.add('POST', new RegExp(`^/api/lessons/${LESSON_ID}/server/stop$`), async ({ res, params }) => {
    const lesson = requireLesson(services, params.lessonId!);
    await services.queue.run(lesson.id, () => services.learnerServers.stop(lesson.id));
    sendNoContent(res);
  });

  router.add('POST', new RegExp(`^/api/lessons/${LESSON_ID}/database/reset$`), async ({ res, params }) => {
    const lesson = requireLesson(services, params.lessonId!);
    await services.queue.run(lesson.id, () => services.learnerServers.resetDatabase(lesson));
    services.workbench.databaseReset(lesson.id);
    sendNoContent(res);
  });
}
