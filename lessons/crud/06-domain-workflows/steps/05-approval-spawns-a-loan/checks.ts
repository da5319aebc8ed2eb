import type { Check } from 'backend-sandbox/checks';
import { statusInDatabase } from '../../../loans-checks.js';
import { actionPath, applicationIn, createDraft, expectConflictNaming, loansOf, movesInDatabase, watchApplication } from '../../application-checks.js';

const checks: Check[] = [
  {
    name: 'Approving creates one loan with the application\'s amount and term',
    run: async (t) => {
      const draft = await createDraft(t);
      (await t.http.post(actionPath(draft.id, 'submit'))).expectStatus(200);
      (await t.http.post(actionPath(draft.id, 'approve'))).expectStatus(200);
      const application = t.db.get<{ amount: number; term_months: number }>('SELECT amount, term_months FROM applications WHERE id = ?', draft.id);
      const loans = loansOf(t, draft.id);
      if (loans.length === 0) {
        t.fail(`Application ${draft.id} was approved, but the loans table has no loan for it. Insert one (application_id, amount, term_months) in the same transaction as the approval.`);
      }
      t.expectEqual(loans, [application], `Application ${draft.id} should have exactly one loan, with its amount and term_months copied from the application`);
    },
  },
  {
    name: 'Only an approval creates a loan: rejected, withdrawn and closed applications have none',
    run: async (t) => {
      for (const status of ['rejected', 'withdrawn', 'closed'] as const) {
        const { id } = await applicationIn(t, status);
        const loans = loansOf(t, id).length;
        if (loans > 0) t.fail(`Application ${id} is ${status} and was never approved, yet it has ${loans} loan(s). Create the loan in the approve action only.`);
      }
    },
  },
  {
    name: 'Approving twice answers 409 the second time and leaves one loan',
    run: async (t) => {
      const { id } = await applicationIn(t, 'approved');
      const sent = `a second POST ${actionPath(id, 'approve')}`;
      const expectUnchanged = watchApplication(t, id);
      const res = await t.http.post(actionPath(id, 'approve'));
      expectConflictNaming(t, res, 'approved', sent);
      expectUnchanged(sent);
    },
  },
  {
    name: 'An approval the database refuses leaves no trace: no status change, no event, no second loan',
    run: async (t) => {
      // The sample application that came from the old system: still submitted, but already paid out.
      const imported = t.db.get<{ id: number }>(
        "SELECT a.id FROM applications a JOIN loans l ON l.application_id = a.id WHERE a.status = 'submitted' ORDER BY a.id",
      );
      if (!imported) {
        return t.fail('This check needs the sample application from the old system: submitted, yet it already has a loan. It is gone (an approval of it went through), so reset the lesson database to get it back.');
      }
      const { id } = imported;
      const eventsBefore = movesInDatabase(t, id).length;
      const res = await t.http.post(actionPath(id, 'approve'));
      const status = statusInDatabase(t, id);
      const events = movesInDatabase(t, id).length;
      const loans = loansOf(t, id).length;
      if (status !== 'submitted' || events !== eventsBefore || loans !== 1) {
        t.fail(
          `Application ${id} already had a loan, so approving it cannot succeed: the loan INSERT breaks UNIQUE(application_id). ` +
            `Yet after POST ${actionPath(id, 'approve')} (answered ${res.status}) it is ${status}, with ${events - eventsBefore} new event(s) and ${loans} loan(s). ` +
            'Run the status change, the event and the loan in one db.transaction(...): when one statement throws, the others are undone too.',
        );
      }
      if (res.status !== 409) {
        t.fail(`POST ${actionPath(id, 'approve')} answered ${res.status}. Nothing changed, good; now tell the client why: answer 409 with an error such as "Application ${id} already has a loan" (catch the error whose code is 'SQLITE_CONSTRAINT_UNIQUE').`);
      }
    },
  },
];

export default checks;
