/** How learner code is isolated on this machine, so the page can say it plainly. */
import { describeIsolation } from '../../sandbox/isolation-description.js';
import type { Isolation } from '../../sandbox/isolation.js';
import { sendJson } from '../http/respond.js';
import type { Router } from '../http/router.js';

export function addSandboxRoutes(router: Router, isolation: Isolation): void {
  const info = describeIsolation(isolation);
  router.add('GET', /^\/api\/sandbox$/, ({ res }) => sendJson(res, 200, info));
}
