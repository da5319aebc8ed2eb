/** The timeline: each request and check with the output it produced and the rows it changed. */
import type { TimelineResponse } from '../../contract/workbench.js';
import { sendJson } from '../http/respond.js';
import type { Router } from '../http/router.js';
import { requireLesson, type Services } from '../services.js';
import { LESSON_ID } from './lesson-routes.js';

export function addTimelineRoutes(router: Router, services: Services): void {
  router.add('GET', new RegExp(`^/api/lessons/${LESSON_ID}/timeline$`), ({ res, params }) => {
    const body: TimelineResponse = { entries: services.workbench.timeline.forLesson(requireLesson(services, params.lessonId!).id) };
    sendJson(res, 200, body);
  });
}
