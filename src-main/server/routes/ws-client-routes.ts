/** WebSocket clients to the learner's server, held by the backend; their traffic arrives as `ws.*` events. */
import { WsCloseRequestSchema, WsOpenRequestSchema, WsSendRequestSchema, type WsClientsResponse } from '../../contract/workbench.js';
import { readJsonBody } from '../http/read-body.js';
import { sendJson, sendNoContent } from '../http/respond.js';
import type { Router } from '../http/router.js';
import { requireLesson, type Services } from '../services.js';
import { LESSON_ID } from './lesson-routes.js';

const CLIENTS = `^/api/lessons/${LESSON_ID}/ws`;
const CLIENT = `${CLIENTS}/(?<clientId>[0-9a-f-]{36})`;

export function addWsClientRoutes(router: Router, services: Services): void {
  const clients = services.workbench.ws;

  router.add('POST', new RegExp(`${CLIENTS}$`), async ({ req, res, params }) => {
    const lesson = requireLesson(services, params.lessonId!);
    sendJson(res, 201, await clients.open(lesson, await readJsonBody(req, WsOpenRequestSchema)));
  });

  router.add('GET', new RegExp(`${CLIENTS}$`), ({ res, params }) => {
    const body: WsClientsResponse = { clients: clients.list(requireLesson(services, params.lessonId!).id) };
    sendJson(res, 200, body);
  });

  router.add('POST', new RegExp(`${CLIENT}/send$`), async ({ req, res, params }) => {
    const lesson = requireLesson(services, params.lessonId!);
    clients.send(lesson.id, params.clientId!, await readJsonBody(req, WsSendRequestSchema));
    sendNoContent(res);
  });

  router.add('POST', new RegExp(`${CLIENT}/close$`), async ({ req, res, params }) => {
    const lesson = requireLesson(services, params.lessonId!);
    const { code, reason } = await readJsonBody(req, WsCloseRequestSchema);
    clients.close(lesson.id, params.clientId!, code, reason);
    sendNoContent(res);
  });
}
