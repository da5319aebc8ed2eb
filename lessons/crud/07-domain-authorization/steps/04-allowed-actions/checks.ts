import type { Check, Tester } from 'backend-sandbox/checks';
import { z } from 'zod';
import { ACTIONS, ApplicationSchema, type Application } from '../../../loans-checks.js';
import { actingAs, applicationIn, mayTake, requireCast, who, type Reachable, type User } from '../../desk-checks.js';

const WithAllowedActions = ApplicationSchema.extend({ allowedActions: z.array(z.string()) });

/** What `user` should be offered for an application of `owner` in `status`. */
function expectedFor(user: User, owner: User, application: Application): string[] {
  return ACTIONS.filter((action) => mayTake(user, action, { borrowerId: owner.id, status: application.status })).sort();
}

function expectOffered(t: Tester, offered: string[], expected: string[], where: string, user: User, status: string): void {
  const sorted = [...offered].sort();
  if (JSON.stringify(sorted) === JSON.stringify(expected)) return;
  const extra = sorted.filter((action) => !expected.includes(action));
  const pointer = extra.length > 0
    ? ` It offers ${extra.join(', ')}, which ${who(user)} would be refused: ask can() about each action as well as the workflow.`
    : ' It leaves out an action this caller may take now.';
  t.fail(`${where} offers allowedActions ${JSON.stringify(sorted)} to ${who(user)} on a ${status} application, expected ${JSON.stringify(expected)}.${pointer}`);
}

const checks: Check[] = [
  {
    name: 'GET /applications/:id offers exactly the actions the caller may take now',
    run: async (t) => {
      const { borrower, officer } = requireCast(t);
      for (const status of ['draft', 'submitted', 'approved'] satisfies Reachable[]) {
        const application = await applicationIn(t, status, borrower, officer);
        for (const user of [borrower, officer]) {
          const path = `/applications/${application.id}`;
          const res = await actingAs(t, user).get(path);
          res.expectStatus(200);
          const answer = res.expectJson(WithAllowedActions, 'the application with an allowedActions array, like { "id": 7, …, "allowedActions": ["submit", "withdraw"] }');
          expectOffered(t, answer.allowedActions, expectedFor(user, borrower, application), `GET ${path}`, user, status);
        }
      }
    },
  },
  {
    name: "An action's answer offers what comes next",
    run: async (t) => {
      const { borrower, officer } = requireCast(t);
      const application = await applicationIn(t, 'draft', borrower, officer);
      const path = `/applications/${application.id}/submit`;
      const res = await actingAs(t, borrower).post(path);
      res.expectStatus(200);
      const answer = res.expectJson(WithAllowedActions, 'the submitted application with its allowedActions');
      expectOffered(t, answer.allowedActions, expectedFor(borrower, borrower, { ...application, status: 'submitted' }), `POST ${path}`, borrower, 'submitted');
    },
  },
];

export default checks;
