import type { Check, Tester } from 'backend-sandbox/checks';
import { z } from 'zod';
import { ApplicationSchema, statusInDatabase, type Status } from '../../../loans-checks.js';
import { applicationIn, aStatus, createDraft, expectConflictNaming, watchApplication } from '../../application-checks.js';

/** A PATCH on an application that is no longer a draft: 409 naming its status, nothing changed. */
async function expectEditRefused(t: Tester, status: Status): Promise<void> {
  const { id } = await applicationIn(t, status);
  const sent = `PATCH /applications/${id} with a new amount on ${aStatus(status)} application`;
  const expectUnchanged = watchApplication(t, id);
  const res = await t.http.patch(`/applications/${id}`, { json: { amount: 777, termMonths: 7 } });
  if (res.status === 200) {
    t.fail(`${sent} answered 200: only a draft may still change. Make the UPDATE apply to drafts only (WHERE id = ? AND status = 'draft') and answer 409 when it is not one.`);
  }
  expectConflictNaming(t, res, status, sent);
  expectUnchanged(sent);
}

const checks: Check[] = [
  {
    name: 'PATCH /applications/:id still changes the amount and the term of a draft',
    run: async (t) => {
      const { id } = await createDraft(t);
      const changes = { amount: 4321, termMonths: 30 };
      const res = await t.http.patch(`/applications/${id}`, { json: changes });
      res.expectStatus(200);
      const answered = res.expectJson(ApplicationSchema.extend({ termMonths: z.number() }), 'the changed application');
      t.expectEqual({ amount: answered.amount, termMonths: answered.termMonths }, changes, `PATCH /applications/${id} should answer with the new amount and term`);
      const row = t.db.get('SELECT amount, term_months, status FROM applications WHERE id = ?', id);
      t.expectEqual(row, { amount: 4321, term_months: 30, status: 'draft' }, `Application ${id} in the database should have the new amount and term, and still be a draft`);
    },
  },
  {
    name: 'PATCH with a status is refused with a 4xx, and the status stays as it was',
    run: async (t) => {
      const { id } = await createDraft(t);
      const sent = `PATCH /applications/${id} with { "status": "approved" }`;
      const before = statusInDatabase(t, id);
      const res = await t.http.patch(`/applications/${id}`, { json: { status: 'approved' } });
      const after = statusInDatabase(t, id);
      if (after !== before) {
        t.fail(`${sent} turned a ${before} application into ${after}: a client just skipped submitting and the officer's decision. A status changes only through an action: leave status out of what PATCH accepts (a z.strictObject refuses it with 400).`);
      }
      if (res.status < 400 || res.status >= 500 || res.status === 404) {
        t.fail(`${sent} answered ${res.status} and quietly ignored the status, so the client believes it worked. Refuse the field: answer 400 and say that status changes through an action such as /submit.`);
      }
    },
  },
  {
    name: 'PATCH on a submitted application answers 409 with its status, and changes nothing',
    run: (t) => expectEditRefused(t, 'submitted'),
  },
  {
    name: 'PATCH on an approved application answers 409 too: its loan was made from that amount',
    run: (t) => expectEditRefused(t, 'approved'),
  },
];

export default checks;
