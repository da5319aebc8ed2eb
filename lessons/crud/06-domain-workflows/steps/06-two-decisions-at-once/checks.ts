import type { Check, HttpResponse, Tester } from 'backend-sandbox/checks';
import { statusInDatabase, TRANSITIONS, type Action, type Status } from '../../../loans-checks.js';
import { actionPath, applicationIn, expectConflictNaming, loansOf, movesInDatabase } from '../../application-checks.js';

/*
 * No check here measures time. The credit bureau's stand-in notes each question in credit_checks
 * and fills in answered_at when it answers, so the checks can SEE an approval waiting for it: the
 * question is there, unanswered, and the application stays submitted until the answer. The race
 * check sends the rejection only once the question is there, so on a busy machine the approval is
 * never "not there yet". A rejection
 * that still arrives after the wait (a very busy machine) makes a round that proves nothing either
 * way; the check plays a few rounds and judges the ones that prove something.
 */

/** Rounds to play when the database never showed the approval in the middle of its wait. */
const ROUNDS = 3;

interface BureauView {
  status: Status;
  /** The bureau's newest question about this applicant since the check began, or null. */
  question: number | null;
  answeredAt: string | null;
}

function newestQuestionId(t: Tester): number {
  return t.db.get<{ id: number | null }>('SELECT max(id) AS id FROM credit_checks')?.id ?? 0;
}

/** The application and the bureau's question about its applicant, read in ONE statement so they agree. */
function lookAtBureau(t: Tester, id: number, since: number): BureauView {
  return t.db.get<BureauView>(
    `SELECT a.status, c.id AS question, c.answered_at AS answeredAt
       FROM applications a LEFT JOIN credit_checks c ON c.applicant = a.applicant AND c.id > ?
      WHERE a.id = ? ORDER BY c.id DESC LIMIT 1`,
    since,
    id,
  )!;
}

function failWrittenBeforeTheAnswer(t: Tester, id: number, status: Status): never {
  return t.fail(
    `While the credit bureau was still thinking about POST ${actionPath(id, 'approve')} (its row in credit_checks had no answered_at yet), application ${id} was already ${status}: the approval did not wait for it. ` +
      'Put await before checkCredit(application.applicant), so nothing is written until the answer is in.',
  );
}

interface Watched {
  approving: Promise<HttpResponse>;
  /** False when the check only looked after the bureau had answered: then the round shows nothing about the wait. */
  waiting: boolean;
  since: number;
}

/**
 * Sends an approval of application `id` (submitted) and watches the database until the bureau has
 * the question: the approval is past its first status check and, if it awaits the bureau, inside
 * its wait.
 */
async function approveAndWatch(t: Tester, id: number): Promise<Watched> {
  const path = actionPath(id, 'approve');
  const since = newestQuestionId(t);
  let answered = false;
  const approving = t.http.post(path).finally(() => {
    answered = true;
  });
  approving.catch(() => undefined); // awaited by the caller; a failure there is reported there
  for (;;) {
    const finished = answered;
    const view = lookAtBureau(t, id, since);
    if (view.question === null && finished) {
      t.fail(`POST ${path} answered without asking the credit bureau: credit_checks has no question about this applicant. Call await checkCredit(application.applicant) in the approve action, before the approval is written.`);
    }
    if (view.question !== null) {
      if (view.answeredAt !== null) return { approving, waiting: false, since };
      if (view.status !== 'submitted') failWrittenBeforeTheAnswer(t, id, view.status);
      return { approving, waiting: true, since };
    }
    await t.sleep(2);
  }
}

/**
 * Watches the open question until the bureau answers: the application must stay submitted until
 * then. (Seeing it submitted once is not enough: code that does not await writes the approval a
 * moment after the question, and the check may have looked in between.)
 */
async function expectSubmittedUntilAnswered(t: Tester, id: number, since: number): Promise<void> {
  for (;;) {
    const view = lookAtBureau(t, id, since);
    if (view.answeredAt !== null) return;
    if (view.status !== 'submitted') failWrittenBeforeTheAnswer(t, id, view.status);
    await t.sleep(2);
  }
}

const checks: Check[] = [
  {
    name: 'Approving asks the credit bureau and waits for its answer before writing',
    timeoutMs: 10_000,
    run: async (t) => {
      for (let round = 1; round <= ROUNDS; round += 1) {
        const { id } = await applicationIn(t, 'submitted');
        const { approving, waiting, since } = await approveAndWatch(t, id);
        if (waiting) await expectSubmittedUntilAnswered(t, id, since);
        (await approving).expectStatus(200);
        if (waiting) return;
      }
    },
  },
  {
    name: 'An approval and a rejection at the same time: one wins, the other answers 409',
    timeoutMs: 15_000,
    run: async (t) => {
      for (let round = 1; round <= ROUNDS; round += 1) {
        const { id } = await applicationIn(t, 'submitted');
        const eventsBefore = movesInDatabase(t, id).length;
        // The rejection is sent only once the approval is seen waiting for the bureau.
        const { approving, waiting } = await approveAndWatch(t, id);
        const rejected = waiting ? await t.newHttpClient('officer B').post(actionPath(id, 'reject')) : undefined;
        const approved = await approving;
        if (!rejected) continue;

        const outcomes: [Action, number][] = [['approve', approved.status], ['reject', rejected.status]];
        const winners = outcomes.filter(([, status]) => status === 200).map(([action]) => action);
        if (winners.length === 2 && statusInDatabase(t, id) === 'rejected') {
          t.fail(
            `Both POST ${actionPath(id, 'approve')} and POST ${actionPath(id, 'reject')} answered 200, but the application is rejected: the approval's guarded UPDATE changed no row, and the approval carried on as if it had. ` +
              'Read changes from what .run() returns, and when it is 0 answer 409 and write no event and no loan.',
          );
        }
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
        // The rejection won, so it ran while the approval waited, and the approval still saw it.
        // (An approval that won means the rejection came after it: a server that makes one wait
        // for the other, or a very busy machine. Both are right; another round may still prove more.)
        if (winner === 'reject') return;
      }
    },
  },
  {
    name: 'Five approvals at once: one 200, four 409s, one loan and one approve event',
    run: async (t) => {
      const { id } = await applicationIn(t, 'submitted');
      const burst = await t.burst({ method: 'POST', path: actionPath(id, 'approve'), count: 5, concurrency: 5 });
      t.expectEqual(burst.statusCounts, { 200: 1, 409: 4 }, `Five POST ${actionPath(id, 'approve')} at the same moment: the first should win, the others find it approved already`);
      // A loser that read "submitted" before the wait and never checked again reports that stale
      // status, even when the loan's UNIQUE rule saved the data: only a guarded write knows it lost to "approved".
      const stale = burst.responses.filter((response) => response.status === 409 && !/\bapproved\b/.test(response.text));
      if (stale.length > 0) {
        t.fail(`${stale.length} of the four refused approvals did not name the current status, approved (one answered ${stale[0]!.text}). They read the status before the credit bureau's wait and never again: put the check in the UPDATE itself (WHERE id = ? AND status = 'submitted') and, when changes is 0, answer 409 with the status as it is now.`);
      }
      t.expectEqual(loansOf(t, id).length, 1, `Application ${id} should have one loan`);
      const approvals = movesInDatabase(t, id).filter((event) => event.action === 'approve').length;
      t.expectEqual(approvals, 1, `application_events should record one approval of application ${id}`);
    },
  },
];

export default checks;
