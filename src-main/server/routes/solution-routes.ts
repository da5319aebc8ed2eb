/** The lesson's solution, on request only, and resetting a step or the whole lesson. */
import { ResetStepRequestSchema, type SolutionResponse } from '../../contract/solution.js';
import { readJsonBody } from '../http/read-body.js';
import { sendJson } from '../http/respond.js';
import type { Router } from '../http/router.js';
import { LessonResets } from '../lesson-resets.js';
import { requireLesson, type Services } from '../services.js';
import { LESSON_ID } from './lesson-routes.js';

export function addSolutionRoutes(router: Router, services: Services): void {
  const resets = new LessonResets(services);

  router.add('GET', new RegExp(`^/api/lessons/${LESSON_ID}/solution$`), ({ res, params }) => {
    const lesson = requireLesson(services, params.lessonId!);
    const body: SolutionResponse = { files: lesson.solutionFiles.map(({ path, content }) => ({ path, content })) };
    sendJson(res, 200, body);
  });

  router.add('POST', new RegExp(`^/api/lessons/${LESSON_ID}/reset-step$`), async ({ req, res, params }) => {
    const lesson = requireLesson(services, params.lessonId!);
    const { stepId } = await readJsonBody(req, ResetStepRequestSchema);
    sendJson(res, 200, await resets.resetStep(lesson, stepId));
  });

  router.add('POST', new RegExp(`^/api/lessons/${LESSON_ID}/reset-lesson$`), async ({ res, params }) => {
    const lesson = requireLesson(services, params.lessonId!);
    sendJson(res, 200, await resets.resetLesson(lesson));
  });
}
