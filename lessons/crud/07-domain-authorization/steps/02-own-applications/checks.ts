import type { Check, Tester } from 'backend-sandbox/checks';
import { z } from 'zod';
import { ApplicationSchema } from '../../../loans-checks.js';
import { actingAs, expectForbidden, newDraft, newLoan, requireCast, who, type User } from '../../desk-checks.js';

function ownerInDatabase(t: Tester, id: number): number | undefined {
  return t.db.get<{ borrower_id: number }>('SELECT borrower_id FROM applications WHERE id = ?', id)?.borrower_id;
}

/** The ids GET /applications shows `user`, sorted. */
async function listedFor(t: Tester, user: User): Promise<number[]> {
  const res = await actingAs(t, user).get('/applications');
  res.expectStatus(200);
  return res.expectJson(z.array(ApplicationSchema), 'an array of applications').map((application) => application.id).sort((a, b) => a - b);
}

const checks: Check[] = [
  {
    name: 'A borrower applies for themselves: 201 and a draft they own',
    run: async (t) => {
      const { borrower } = requireCast(t);
      const loan = newLoan();
      const res = await actingAs(t, borrower).post('/applications', loan);
      if (res.status === 400) {
        t.fail(`POST /applications as ${who(borrower)} with ${JSON.stringify(loan)} answered 400. The body has no borrowerId on purpose: the borrower is whoever is calling, so take them from res.locals.user.`);
      }
      res.expectStatus(201);
      const { id } = res.expectJson(ApplicationSchema, 'the new application');
      const row = t.db.get<{ borrower_id: number; status: string }>('SELECT borrower_id, status FROM applications WHERE id = ?', id);
      if (!row) return t.fail(`POST /applications answered with id ${id}, but the applications table has no row with that id.`);
      t.expectEqual(row, { borrower_id: borrower.id, status: 'draft' }, `Application ${id} should be a draft owned by the caller, ${borrower.name} (user ${borrower.id})`);
    },
  },
  {
    name: 'The borrower comes from X-User, never from the request body',
    run: async (t) => {
      const { borrower, otherBorrower } = requireCast(t);
      // One spelling per request: a strict schema refuses a body with both, and would hide which one it reads.
      for (const field of ['borrowerId', 'borrower_id']) {
        const body = { ...newLoan(), [field]: otherBorrower.id };
        const before = t.db.count('applications', 'borrower_id = ?', otherBorrower.id);
        const res = await actingAs(t, borrower).post('/applications', body);
        res.expectStatus([201, 400]);
        if (t.db.count('applications', 'borrower_id = ?', otherBorrower.id) !== before) {
          t.fail(`POST /applications as ${who(borrower)} with ${field} ${otherBorrower.id} in the body created an application owned by ${otherBorrower.name}. The server took borrower_id from the request body, so anyone can apply in anyone's name: take it from the caller (res.locals.user.id) instead.`);
        }
        if (res.status === 201) {
          const { id } = res.expectJson(ApplicationSchema, 'the new application');
          t.expectEqual(ownerInDatabase(t, id), borrower.id, `Application ${id} should belong to the caller, ${borrower.name} (user ${borrower.id})`);
        }
      }
    },
  },
  {
    name: 'Only borrowers apply: an officer gets 403 and nothing is saved',
    run: async (t) => {
      const { officer } = requireCast(t);
      await expectForbidden(t, actingAs(t, officer), 'POST', '/applications', 'officers decide on applications; only borrowers apply.', newLoan());
    },
  },
  {
    name: 'A borrower lists only their own applications',
    run: async (t) => {
      const { borrower, otherBorrower } = requireCast(t);
      await newDraft(t, borrower);
      await newDraft(t, otherBorrower);
      const listed = await listedFor(t, borrower);
      const own = t.db.all<{ id: number }>('SELECT id FROM applications WHERE borrower_id = ? ORDER BY id', borrower.id).map((row) => row.id);
      const others = listed.filter((id) => !own.includes(id));
      if (others.length > 0) {
        t.fail(`GET /applications as ${who(borrower)} also lists applications of other borrowers (ids ${others.slice(0, 5).join(', ')}${others.length > 5 ? ', …' : ''}). A borrower sees only their own: filter on borrower_id = the caller's id.`);
      }
      t.expectEqual(listed, own, `GET /applications as ${who(borrower)} should list every application of theirs`);
    },
  },
  {
    name: 'An officer lists every application',
    run: async (t) => {
      const { borrower, officer } = requireCast(t);
      await newDraft(t, borrower);
      const all = t.db.all<{ id: number }>('SELECT id FROM applications ORDER BY id').map((row) => row.id);
      t.expectEqual(await listedFor(t, officer), all, `GET /applications as ${who(officer)} should list every application: officers review them all`);
    },
  },
  {
    name: "Another borrower's application and its events answer 403; its owner and officers may read them",
    run: async (t) => {
      const { borrower, otherBorrower, officer } = requireCast(t);
      const application = await newDraft(t, borrower);
      const path = `/applications/${application.id}`;
      const why = `application ${application.id} belongs to ${borrower.name}; a borrower may read only their own.`;
      await expectForbidden(t, actingAs(t, otherBorrower), 'GET', path, why);
      await expectForbidden(t, actingAs(t, otherBorrower), 'GET', `${path}/events`, why);
      for (const reader of [borrower, officer]) {
        const one = (await actingAs(t, reader).get(path)).expectStatus(200).expectJson(ApplicationSchema, 'the application');
        t.expectEqual(one.id, application.id, `GET ${path} as ${who(reader)} should answer with application ${application.id}`);
        (await actingAs(t, reader).get(`${path}/events`)).expectStatus(200);
      }
    },
  },
  {
    name: 'An application that does not exist answers 404, to a borrower and to an officer',
    run: async (t) => {
      const { borrower, officer } = requireCast(t);
      const missing = (t.db.get<{ id: number }>('SELECT MAX(id) AS id FROM applications')?.id ?? 0) + 100;
      // An action too: a policy asked before the lookup would answer 403 for what does not exist.
      for (const user of [borrower, officer]) {
        for (const [method, path] of [['GET', `/applications/${missing}`], ['POST', `/applications/${missing}/submit`]] as const) {
          const res = await actingAs(t, user).send(method, path);
          if (res.status !== 404) t.fail(`${method} ${path} as ${who(user)} answered ${res.status}, expected 404: there is no such application. Look the application up first (404), then ask whether the caller may act on it (403).`);
        }
      }
    },
  },
];

export default checks;
