import type { Check, Tester } from 'backend-sandbox/checks';
import { z } from 'zod';
import type { Action } from '../../../loans-checks.js';
import { actingAs, applicationIn, expectActionForbidden, newDraft, requireCast, who, type User } from '../../desk-checks.js';

interface Trail {
  action: string;
  actor: string | null;
}

/** The application's audit rows, oldest first, with the actor as the lesson asks for it: the user's name. */
function trailInDatabase(t: Tester, id: number): Trail[] {
  return t.db.all<Trail>('SELECT action, actor FROM application_events WHERE application_id = ? ORDER BY id', id);
}

/** Drives a fresh application through its whole life: submitted by its owner, decided and closed by officers. */
async function fullLife(t: Tester): Promise<{ id: number; expected: Trail[]; owner: User; officer: User }> {
  const { borrower, officer, otherOfficer } = requireCast(t);
  const { id } = await newDraft(t, borrower);
  const moves: [User, Action][] = [[borrower, 'submit'], [officer, 'approve'], [otherOfficer, 'close']];
  for (const [user, action] of moves) (await actingAs(t, user).post(`/applications/${id}/${action}`)).expectStatus(200);
  const expected = moves.map(([user, action]) => ({ action, actor: user.name }));
  return { id, expected, owner: borrower, officer };
}

const EventsSchema = z.array(z.object({ action: z.string(), actor: z.union([z.string(), z.null()]) }).loose());

const checks: Check[] = [
  {
    name: 'Every audit row names who did it in application_events.actor',
    run: async (t) => {
      const { id, expected } = await fullLife(t);
      const trail = trailInDatabase(t, id);
      const anonymous = trail.filter((event) => !event.actor);
      if (anonymous.length > 0) {
        t.fail(`Application ${id}'s audit rows for ${anonymous.map((event) => event.action).join(', ')} have an empty actor. Pass the caller's name (res.locals.user.name) down to the INSERT INTO application_events and write it into actor.`);
      }
      t.expectEqual(trail, expected, `The audit rows of application ${id} should name each action's caller: the owner submitted it, officers approved and closed it`);
    },
  },
  {
    name: 'A refused action writes no audit row',
    run: async (t) => {
      const { borrower, officer } = requireCast(t);
      const submitted = await applicationIn(t, 'submitted', borrower, officer);
      await expectActionForbidden(t, actingAs(t, borrower), 'approve', submitted, 'only officers approve.');
      const draft = await applicationIn(t, 'draft', borrower, officer);
      const before = trailInDatabase(t, draft.id).length;
      const res = await actingAs(t, officer).post(`/applications/${draft.id}/approve`);
      res.expectStatus(409);
      if (trailInDatabase(t, draft.id).length !== before) t.fail(`POST /applications/${draft.id}/approve as ${who(officer)} answered 409 but wrote an audit row. Only a transition that happened belongs in the log.`);
    },
  },
  {
    name: 'GET /applications/:id/events shows who did what, to the owner and to officers',
    run: async (t) => {
      const { id, expected, owner, officer } = await fullLife(t);
      for (const reader of [owner, officer]) {
        const res = await actingAs(t, reader).get(`/applications/${id}/events`);
        res.expectStatus(200);
        const events = res.expectJson(EventsSchema, 'an array of events, each with its action and actor');
        t.expectEqual(events.map(({ action, actor }) => ({ action, actor })), expected, `GET /applications/${id}/events as ${who(reader)} should list every event, oldest first, with the actor's name`);
      }
    },
  },
];

export default checks;
