import type { Check, Tester } from 'backend-sandbox/checks';
import { z } from 'zod';
import { ErrorBodySchema, TRANSITIONS, type Action, type Status } from '../../../loans-checks.js';
import { actionPath, applicationIn, createDraft, movesInDatabase, unknownApplicationId, type EventRow } from '../../application-checks.js';

/** Moves a new application along `actions` and expects one event per move, in order. */
async function expectTrail(t: Tester, actions: Action[]): Promise<void> {
  const { id } = await createDraft(t);
  const expected: EventRow[] = [];
  let status: Status = 'draft';
  for (const action of actions) {
    (await t.http.post(actionPath(id, action))).expectStatus(200);
    expected.push({ action, from_status: status, to_status: TRANSITIONS[action].to });
    status = TRANSITIONS[action].to;
    const moves = movesInDatabase(t, id);
    if (moves.length < expected.length) {
      t.fail(`After POST ${actionPath(id, action)}, application_events has no row for that move. Insert one (application_id, action, from_status, to_status) in the same transaction as the status change.`);
    }
  }
  t.expectEqual(
    movesInDatabase(t, id),
    expected,
    `application_events should hold one row per move of application ${id}, oldest first, with the action, the status before (from_status) and after (to_status)`,
  );
}

/** An event as the API sends it; `from`/`fromStatus`/`from_status` (and the same for `to`) are all fine. */
const EventSchema = z
  .object({ action: z.string(), at: z.string().min(1) })
  .loose()
  .transform((event) => ({
    action: event.action,
    from: (event.fromStatus ?? event.from_status ?? event.from ?? null) as string | null,
    to: (event.toStatus ?? event.to_status ?? event.to) as string | undefined,
  }));

function eventsInDatabase(t: Tester, id: number): { action: string; from: string | null; to: string }[] {
  return t.db.all('SELECT action, from_status AS "from", to_status AS "to" FROM application_events WHERE application_id = ? ORDER BY id', id);
}

async function expectEventsListed(t: Tester, id: number): Promise<void> {
  const res = await t.http.get(`/applications/${id}/events`);
  res.expectStatus(200);
  const events = res.expectJson(z.array(EventSchema), 'an array of events like { "action": "submit", "fromStatus": "draft", "toStatus": "submitted", "at": "…" }');
  t.expectEqual(events, eventsInDatabase(t, id), `GET /applications/${id}/events should list every row of application_events for application ${id}, oldest first`);
}

const checks: Check[] = [
  {
    name: 'Every move writes one event: the action, the status before and after',
    run: async (t) => {
      await expectTrail(t, ['submit', 'approve', 'close']);
      await expectTrail(t, ['submit', 'reject', 'close']);
      await expectTrail(t, ['withdraw']);
      await expectTrail(t, ['submit', 'withdraw']);
    },
  },
  {
    name: 'GET /applications/:id/events lists the application\'s events, oldest first',
    run: async (t) => {
      const { id } = await applicationIn(t, 'closed');
      await expectEventsListed(t, id);
      // The sample data's own history too: the answer must come from the table, not from memory.
      const sample = t.db.get<{ id: number }>('SELECT application_id AS id FROM application_events GROUP BY application_id ORDER BY count(*) DESC, application_id LIMIT 1');
      if (sample) await expectEventsListed(t, sample.id);
    },
  },
  {
    name: 'GET /applications/:id/events answers 404 for an unknown application',
    run: async (t) => {
      const missing = unknownApplicationId(t);
      const res = await t.http.get(`/applications/${missing}/events`);
      res.expectStatus(404);
      res.expectJson(ErrorBodySchema, `an error like { "error": "There is no application with id ${missing}" }`);
    },
  },
];

export default checks;
