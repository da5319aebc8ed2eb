import type { Check } from 'backend-sandbox/checks';
import { ACTIONS, ErrorBodySchema, statusInDatabase, TRANSITIONS, type Action, type Status } from '../../../loans-checks.js';
import { actionPath, applicationIn, aStatus, createDraft, expectMoved, unknownApplicationId } from '../../application-checks.js';

/** A check that sends `action` to a new application in each `from` status and expects it to land in `to`. */
function movesCheck(name: string, action: Action, fromStatuses: Status[]): Check {
  return {
    name,
    run: async (t) => {
      for (const from of fromStatuses) {
        const { id } = await applicationIn(t, from);
        const res = await t.http.post(actionPath(id, action));
        expectMoved(t, res, id, TRANSITIONS[action].to, `POST ${actionPath(id, action)} on ${aStatus(from)} application`);
      }
    },
  };
}

const checks: Check[] = [
  {
    name: 'POST /applications/:id/submit moves a draft to submitted and answers 200 with it',
    run: async (t) => {
      const draft = await createDraft(t);
      const other = await createDraft(t);
      const res = await t.http.post(actionPath(draft.id, 'submit'));
      expectMoved(t, res, draft.id, 'submitted', `POST ${actionPath(draft.id, 'submit')}`);
      const untouched = statusInDatabase(t, other.id);
      if (untouched !== 'draft') {
        t.fail(`Submitting application ${draft.id} also changed application ${other.id} (now ${untouched}). The UPDATE needs WHERE id = ? with the id from the path.`);
      }
    },
  },
  movesCheck('POST /applications/:id/withdraw withdraws a draft or a submitted application', 'withdraw', ['draft', 'submitted']),
  movesCheck('POST /applications/:id/approve approves a submitted application', 'approve', ['submitted']),
  movesCheck('POST /applications/:id/reject rejects a submitted application', 'reject', ['submitted']),
  movesCheck('POST /applications/:id/close closes an approved or a rejected application', 'close', ['approved', 'rejected']),
  {
    name: 'Every action on an unknown application answers 404 with a JSON error',
    run: async (t) => {
      const missing = unknownApplicationId(t);
      for (const action of ACTIONS) {
        const res = await t.http.post(actionPath(missing, action));
        res.expectStatus(404);
        res.expectJson(ErrorBodySchema, `an error like { "error": "There is no application with id ${missing}" }`);
      }
    },
  },
];

export default checks;
