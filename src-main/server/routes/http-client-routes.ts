/** The HTTP client: send a request to the learner's server, and the lesson's request history. */
import { HttpSendRequestSchema, type HttpHistoryResponse } from '../../contract/workbench.js';
import { readJsonBody } from '../http/read-body.js';
import { sendJson, sendNoContent } from '../http/respond.js';
import type { Router } from '../http/router.js';
import { requireLesson, type Services } from '../services.js';
import { LESSON_ID } from './lesson-routes.js';

export function addHttpClientRoutes(router: Router, services: Services): void {
  router.add('POST', new RegExp(`^/api/lessons/${LESSON_ID}/http$`), async ({ req, res, params }) => {
    const lesson = requireLesson(services, params.lessonId!);
    sendJson(res, 200, await services.workbench.http.send(lesson, await readJsonBody(req, HttpSendRequestSchema)));
  });

  router.add('GET', new RegExp(`^/api/lessons/${LESSON_ID}/http/history$`), ({ res, params }) => {
    const lesson = requireLesson(services, params.lessonId!);
    const body: HttpHistoryResponse = { entries: services.store.httpHistory.forLesson(lesson.id) };
    sendJson(res, 200, body);
  });

  router.add('DELETE', new RegExp(`^/api/lessons/${LESSON_ID}/http/history$`), ({ res, params }) => {
    services.store.httpHistory.clear(requireLesson(services, params.lessonId!).id);
    sendNoContent(res);
  });
}
