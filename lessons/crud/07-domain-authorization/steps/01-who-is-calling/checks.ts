import type { Check, HttpResponse, Tester } from 'backend-sandbox/checks';
import { z } from 'zod';
import { ErrorBodySchema } from '../../../loans-checks.js';
import { actingAs, newLoan, requireCast, unknownName, who } from '../../desk-checks.js';

const MeSchema = z.object({ id: z.number(), name: z.string(), role: z.string() }).loose();

/** A caller the server cannot know must get 401 and a JSON error, whatever the route. */
function expectUnauthorized(t: Tester, res: HttpResponse, request: string, why: string): void {
  if (res.status === 403) {
    t.fail(`${request} answered 403 Forbidden, expected 401 Unauthorized: ${why} 401 means "I don't know who you are"; 403 is for a user you do know who may not do this.`);
  }
  if (res.status !== 401) {
    t.fail(`${request} answered ${res.status}, expected 401 Unauthorized: ${why} Check the caller in one middleware that runs before every route, and stop there with res.status(401).`);
  }
  res.expectJson(ErrorBodySchema, 'a JSON error like { "error": "Send the X-User header with your name" }');
}

const checks: Check[] = [
  {
    name: 'A request without an X-User header answers 401 with a JSON error',
    run: async (t) => {
      const res = await t.http.get('/applications');
      expectUnauthorized(t, res, 'GET /applications without an X-User header', 'the request does not say who is calling.');
    },
  },
  {
    name: 'An X-User nobody has answers 401, and nothing is saved',
    run: async (t) => {
      const { borrower } = requireCast(t);
      const name = unknownName(t);
      const headers = { 'x-user': name };
      const why = `there is no user called "${name}" in the users table.`;
      expectUnauthorized(t, await t.http.get('/applications', { headers }), `GET /applications as "${name}"`, why);

      const before = t.db.count('applications');
      const res = await t.http.post('/applications', { headers, json: { borrowerId: borrower.id, ...newLoan() } });
      expectUnauthorized(t, res, `POST /applications as "${name}"`, why);
      if (t.db.count('applications') !== before) t.fail(`POST /applications as "${name}" answered 401 but saved an application anyway. The middleware must stop the request: answer, and don't call next().`);
    },
  },
  {
    name: 'GET /me answers with the caller: their id, name and role',
    run: async (t) => {
      const { borrower, officer } = requireCast(t);
      for (const user of [borrower, officer]) {
        const res = await actingAs(t, user).get('/me');
        res.expectStatus(200);
        const me = res.expectJson(MeSchema, 'the caller, like { "id": 1, "name": "ada", "role": "borrower" }');
        t.expectEqual({ id: me.id, name: me.name, role: me.role }, user, `GET /me as ${who(user)} should answer with that user from the users table`);
      }
    },
  },
  {
    name: 'A known user still gets through: GET /applications answers 200',
    run: async (t) => {
      const { officer } = requireCast(t);
      const res = await actingAs(t, officer).get('/applications');
      res.expectStatus(200).expectJson(z.array(z.unknown()), 'an array of applications');
    },
  },
];

export default checks;
