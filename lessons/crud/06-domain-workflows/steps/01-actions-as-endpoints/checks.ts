import type { Check } from 'backend-sandbox/checks';
import { ErrorBodySchema, statusInDatabase, type Action, type Status } from '../../../loans-checks.js';
import { ACTIONS, actionPath, applicationIn, createDraft, expectMoved, unknownApplicationId } from '../../application-checks.js';

/** Sends `action` to a new application in `from` and expects it to land in `to`. */
async function expectAction(t: Parameters<Check['run']>[0], from: Status, action: Action, to: Status): Promise<void> {
  const { id } = await applicationIn(t, from);
  const res = await t.http.post(actionPath(id, action));
  expectMoved(t, res, id, to, `POST ${actionPath(id, action)} on a ${from} application`);
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
  {
    name: 'POST /applications/:id/withdraw withdraws a draft or a submitted application',
    run: async (t) => {
      await expectAction(t, 'draft', 'withdraw', 'withdrawn');
      await expectAction(t, 'submitted', 'withdraw', 'withdrawn');
    },
  },
  {
    name: 'POST /applications/:id/approve and /reject decide on a submitted application',
    run: async (t) => {
      await expectAction(t, 'submitted', 'approve', 'approved');
      await expectAction(t, 'submitted', 'reject', 'rejected');
    },
  },
  {
    name: 'POST /applications/:id/close closes an approved or a rejected application',
    run: async (t) => {
      await expectAction(t, 'approved', 'close', 'closed');
      await expectAction(t, 'rejected', 'close', 'closed');
    },
  },
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
