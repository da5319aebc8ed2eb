import type { ProgressResponse } from '../../contract/api.js';
import { sendJson } from '../http/respond.js';
import type { Router } from '../http/router.js';
import type { Services } from '../services.js';

export function addProgressRoutes(router: Router, services: Services): void {
  router.add('GET', /^\/api\/progress$/, ({ res }) => {
    const body: ProgressResponse = { progress: services.store.progress.all() };
    sendJson(res, 200, body);
  });
}
