import type { Check } from 'backend-sandbox/checks';
import { statusInDatabase, TRANSITIONS, type Action } from '../../../loans-checks.js';
import { actionPath, applicationIn, expectConflictNaming, loansOf, movesInDatabase } from '../../application-checks.js';

/** The pretend credit bureau answers after 200 ms; an approval that took less never waited for it. */
const BUREAU_MS = 200;
const AT_LEAST_MS = 150;

const checks: Check[] = [
  {
    name: 'Approving waits for the credit bureau\'s answer',
    run: async (t) => {
      const { id } = await applicationIn(t, 'submitted');
      const res = await t.http.post(actionPath(id, 'approve'));
      res.expectStatus(200);
      if (res.durationMs < AT_LEAST_MS) {
        t.fail(`POST ${actionPath(id, 'approve')} answered in ${Math.round(res.durationMs)} ms, but the credit bureau takes ${BUREAU_MS} ms: the approval did not wait for it. Call await checkCredit(application.applicant) before the approval is written.`);
      }
    },
  },
  {
    name: 'An approval and a rejection at the same time: one wins, the other answers 409',
    run: async (t) => {
      const { id } = await applicationIn(t, 'submitted');
      const eventsBefore = movesInDatabase(t, id).length;
      const officerB = t.newHttpClient('officer B');
      // The approval is sent first and waits for the bureau; the rejection arrives while it waits.
      const approving = t.http.post(actionPath(id, 'approve'));
      await t.sleep(30);
      const rejecting = officerB.post(actionPath(id, 'reject'));
      const [approved, rejected] = await Promise.all([approving, rejecting]);

      const outcomes: [Action, number][] = [['approve', approved.status], ['reject', rejected.status]];
      const winners = outcomes.filter(([, status]) => status === 200).map(([action]) => action);
      if (winners.length === 2) {
        t.fail(
          `Both POST ${actionPath(id, 'approve')} and POST ${actionPath(id, 'reject')} answered 200, and the application is now ${statusInDatabase(t, id)}. ` +
            'The rejection went through while the approval waited for the credit bureau; then the approval overwrote it, from a status it read before waiting. ' +
            "Put the check in the UPDATE itself (WHERE id = ? AND status = 'submitted'), and answer 409 when it changes no row.",
        );
      }
      if (winners.length === 0) t.fail(`Neither decision went through (approve answered ${approved.status}, reject ${rejected.status}); exactly one should answer 200.`);
      const winner = winners[0]!;
      const status = statusInDatabase(t, id)!;
      t.expectEqual(status, TRANSITIONS[winner].to, `${winner} answered 200, so application ${id} should be ${TRANSITIONS[winner].to}`);
      expectConflictNaming(t, winner === 'approve' ? rejected : approved, status, `the losing decision on application ${id}`);
      t.expectEqual(movesInDatabase(t, id).length - eventsBefore, 1, `Only the winning decision on application ${id} should be in application_events`);
      t.expectEqual(loansOf(t, id).length, winner === 'approve' ? 1 : 0, `Application ${id} is ${status}, so the number of its loans`);
    },
  },
  {
    name: 'Five approvals at once: one 200, four 409s, one loan and one approve event',
    run: async (t) => {
      const { id } = await applicationIn(t, 'submitted');
      const burst = await t.burst({ method: 'POST', path: actionPath(id, 'approve'), count: 5, concurrency: 5 });
      t.expectEqual(burst.statusCounts, { 200: 1, 409: 4 }, `Five POST ${actionPath(id, 'approve')} at the same moment: the first should win, the others find it approved already`);
      t.expectEqual(loansOf(t, id).length, 1, `Application ${id} should have one loan`);
      const approvals = movesInDatabase(t, id).filter((event) => event.action === 'approve').length;
      t.expectEqual(approvals, 1, `application_events should record one approval of application ${id}`);
    },
  },
];

export default checks;
