/** The catalog, one lesson with the learner's files, and autosaving a draft. */
import { SaveDraftRequestSchema, WorkspacePathSchema, type LearnerServerState } from '../../contract/api.js';
import { toCatalogResponse, toLessonDetail } from '../../lessons/catalog.js';
import { HttpError } from '../http/http-error.js';
import { readJsonBody } from '../http/read-body.js';
import { sendJson, sendNoContent } from '../http/respond.js';
import type { Router } from '../http/router.js';
import { requireLesson, type Services } from '../services.js';

/** `<track>/<lesson>`: two path segments, matched as one id. */
export const LESSON_ID = '(?<lessonId>[a-z0-9-]+/[a-z0-9-]+)';

export function addLessonRoutes(router: Router, services: Services): void {
  router.add('GET', /^\/api\/lessons$/, ({ res }) => sendJson(res, 200, toCatalogResponse(services.catalog)));

  router.add('GET', new RegExp(`^/api/lessons/${LESSON_ID}$`), ({ res, params }) => {
    const lesson = requireLesson(services, params.lessonId!);
    const running = services.learnerServers.get(lesson.id);
    const server: LearnerServerState = running ? { status: 'running', port: running.port } : { status: 'stopped' };
    sendJson(res, 200, toLessonDetail(lesson, services.workspaces.currentFiles(lesson), server));
  });

  router.add('PUT', new RegExp(`^/api/lessons/${LESSON_ID}/files/(?<path>.+)$`), async ({ req, res, params }) => {
    const lesson = requireLesson(services, params.lessonId!);
    const path = WorkspacePathSchema.safeParse(params.path);
    if (!path.success || !services.workspaces.isLessonFile(lesson, path.data)) {
      throw new HttpError(404, `Lesson ${lesson.id} has no file "${params.path}".`);
    }
    const { content } = await readJsonBody(req, SaveDraftRequestSchema);
    services.workspaces.saveDraft(lesson, path.data, content);
    sendNoContent(res);
  });
}
