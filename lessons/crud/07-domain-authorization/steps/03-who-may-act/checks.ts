import type { Check, Tester } from 'backend-sandbox/checks';
import { ApplicationSchema, statusInDatabase, type Action, type Status } from '../../../loans-checks.js';
import { actingAs, applicationIn, expectActionForbidden, expectForbidden, requireCast, who, type Reachable, type User } from '../../desk-checks.js';

/** An action the caller may take: 200 with the application, now in `to`. */
async function expectActionTaken(t: Tester, user: User, action: Action, id: number, to: Status): Promise<void> {
  const res = await actingAs(t, user).post(`/applications/${id}/${action}`);
  res.expectStatus(200);
  const application = res.expectJson(ApplicationSchema, 'the application after the action');
  t.expectEqual({ answered: application.status, inDatabase: statusInDatabase(t, id) }, { answered: to, inDatabase: to }, `${action} as ${who(user)} should move application ${id} to ${to}`);
}

/** An action only the owning borrower takes: another borrower and an officer both get 403, and nothing changes. */
function ownerOnly(action: 'submit' | 'withdraw', from: Reachable, verb: string): Check {
  return {
    name: `Only the owner ${verb}: another borrower or an officer gets 403 and nothing changes`,
    run: async (t) => {
      const { borrower, otherBorrower, officer } = requireCast(t);
      const application = await applicationIn(t, from, borrower, officer);
      await expectActionForbidden(t, actingAs(t, otherBorrower), action, application, `${otherBorrower.name} is a borrower, but application ${application.id} belongs to ${borrower.name}: check ownership (application.borrowerId === user.id), not only the role.`);
      await expectActionForbidden(t, actingAs(t, officer), action, application, `${officer.name} is an officer; only the borrower who owns application ${application.id} ${verb} it.`);
    },
  };
}

const checks: Check[] = [
  {
    name: 'Only officers approve or reject: a borrower gets 403 and nothing changes',
    run: async (t) => {
      const { borrower, otherBorrower, officer } = requireCast(t);
      const application = await applicationIn(t, 'submitted', borrower, officer);
      const ownLoan = `${borrower.name} owns application ${application.id}, but approving and rejecting is for officers only, even for the owner.`;
      await expectActionForbidden(t, actingAs(t, borrower), 'approve', application, ownLoan);
      await expectActionForbidden(t, actingAs(t, borrower), 'reject', application, ownLoan);
      await expectActionForbidden(t, actingAs(t, otherBorrower), 'approve', application, `${otherBorrower.name} is a borrower; only officers approve.`);
    },
  },
  ownerOnly('submit', 'draft', 'submits'),
  ownerOnly('withdraw', 'submitted', 'withdraws'),
  {
    name: 'Only the owner edits a draft: another borrower or an officer gets 403 and nothing changes',
    run: async (t) => {
      const { borrower, otherBorrower, officer } = requireCast(t);
      const draft = await applicationIn(t, 'draft', borrower, officer);
      const path = `/applications/${draft.id}`;
      const changes = { amount: draft.amount + 1 };
      await expectForbidden(t, actingAs(t, otherBorrower), 'PATCH', path, `${otherBorrower.name} is a borrower, but draft ${draft.id} belongs to ${borrower.name}: only its owner edits it. Ask can(user, 'edit', application) before updateDraft.`, changes);
      await expectForbidden(t, actingAs(t, officer), 'PATCH', path, `${officer.name} is an officer; officers decide on applications, only the owner edits a draft.`, changes);
      const res = await actingAs(t, borrower).send('PATCH', path, changes);
      res.expectStatus(200);
      const amount = t.db.get<{ amount: number }>('SELECT amount FROM applications WHERE id = ?', draft.id)?.amount;
      t.expectEqual(amount, changes.amount, `PATCH ${path} as its owner ${who(borrower)} should still change the draft's amount, as in the previous lesson`);
    },
  },
  {
    name: 'Only officers close: the owner gets 403 and nothing changes',
    run: async (t) => {
      const { borrower, officer } = requireCast(t);
      const application = await applicationIn(t, 'rejected', borrower, officer);
      await expectActionForbidden(t, actingAs(t, borrower), 'close', application, `closing a decided application is an officer's job, even for its owner ${borrower.name}.`);
    },
  },
  {
    name: 'The right people still get through: the owner submits and withdraws, officers approve, reject and close',
    run: async (t) => {
      const { borrower, officer, otherOfficer } = requireCast(t);
      const approved = await applicationIn(t, 'draft', borrower, officer);
      await expectActionTaken(t, borrower, 'submit', approved.id, 'submitted');
      await expectActionTaken(t, officer, 'approve', approved.id, 'approved');
      if (t.db.count('loans', 'application_id = ?', approved.id) !== 1) t.fail(`Approving application ${approved.id} should still create its loan, as in the previous lesson.`);
      await expectActionTaken(t, otherOfficer, 'close', approved.id, 'closed');

      const rejected = await applicationIn(t, 'submitted', borrower, officer);
      await expectActionTaken(t, otherOfficer, 'reject', rejected.id, 'rejected');
      const withdrawn = await applicationIn(t, 'submitted', borrower, officer);
      await expectActionTaken(t, borrower, 'withdraw', withdrawn.id, 'withdrawn');
    },
  },
  {
    name: 'Allowed users still get 409 when the workflow says no',
    run: async (t) => {
      const { borrower, officer } = requireCast(t);
      const draft = await applicationIn(t, 'draft', borrower, officer);
      const submitted = await applicationIn(t, 'submitted', borrower, officer);
      for (const [user, action, application] of [[officer, 'approve', draft], [borrower, 'submit', submitted]] as const) {
        const res = await actingAs(t, user).post(`/applications/${application.id}/${action}`);
        if (res.status !== 409) t.fail(`POST /applications/${application.id}/${action} as ${who(user)} answered ${res.status}, expected 409: ${who(user)} may ${action}, but not an application that is ${application.status}. Ask the policy first, then the workflow.`);
        t.expectEqual(statusInDatabase(t, application.id), application.status, `Application ${application.id} should still be ${application.status} after a 409`);
      }
    },
  },
];

export default checks;
