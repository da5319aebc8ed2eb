/**
 * What the six steps' checks share. Every check makes its own applications through the API, so
 * the checks pass again and again on the same database; these helpers create one, walk it to any
 * status, and judge the two answers the lesson is about: a move (200 with the new state) and a
 * refused move (409 that names the current state, with nothing written).
 */
import type { HttpResponse, Tester } from 'backend-sandbox/checks';
import { ACTIONS, ApplicationSchema, ErrorBodySchema, statusInDatabase, TRANSITIONS, type Action, type Application, type Status } from '../loans-checks.js';


let made = 0;

/** A valid new application; its amount and term vary, so copying them cannot be faked. */
export function newApplication(): { applicant: string; amount: number; termMonths: number } {
  made += 1;
  const serial = (Date.now() % 100_000) + made;
  return { applicant: `Check Runner ${serial}`, amount: 1_000 + (serial % 90) * 100, termMonths: 6 + (serial % 5) * 6 };
}

export async function createDraft(t: Tester): Promise<Application> {
  const res = await t.http.post('/applications', { json: newApplication() });
  res.expectStatus(201);
  return res.expectJson(ApplicationSchema, 'the new draft application');
}

/** "a draft", "an approved": for messages and check names. */
export function aStatus(status: Status): string {
  return `${/^[aeiou]/.test(status) ? 'an' : 'a'} ${status}`;
}

export function actionPath(id: number, action: Action): string {
  return `/applications/${id}/${action}`;
}

/** The actions that take a new draft to each status. */
const ROUTE_TO: Record<Status, Action[]> = {
  draft: [],
  submitted: ['submit'],
  approved: ['submit', 'approve'],
  rejected: ['submit', 'reject'],
  withdrawn: ['withdraw'],
  closed: ['submit', 'reject', 'close'],
};

/** A new application, moved through the API to `status` by the actions the lifecycle allows. */
export async function applicationIn(t: Tester, status: Status): Promise<{ id: number }> {
  const { id } = await createDraft(t);
  for (const action of ROUTE_TO[status]) {
    const res = await t.http.post(actionPath(id, action));
    if (res.status !== 200) {
      t.fail(`To get ${aStatus(status)} application, the check sent POST ${actionPath(id, action)} and got ${res.status}, expected 200. Each action the lifecycle allows should work (step 1).`);
    }
  }
  const stored = statusInDatabase(t, id);
  if (stored !== status) t.fail(`After ${ROUTE_TO[status].join(', ')}, application ${id} should be ${status}, but the database says ${stored}.`);
  return { id };
}

/** A 200 that answers with application `id` in status `to`, and the database agreeing. */
export function expectMoved(t: Tester, res: HttpResponse, id: number, to: Status, sent: string): Application {
  res.expectStatus(200);
  const application = res.expectJson(ApplicationSchema, `application ${id}, now ${to}`);
  if (application.id !== id) t.fail(`${sent} answered with application ${application.id}; it should answer with application ${id}, the one in the path.`);
  const stored = statusInDatabase(t, id);
  if (stored !== to) t.fail(`After ${sent} the database says application ${id} is ${stored}; it should be ${to}. Did the UPDATE run, on the right id?`);
  if (application.status !== to) {
    t.fail(`${sent} answered with status "${application.status}"; the application is now ${to}. Answer with the application as it is after the move: read it again after the UPDATE.`);
  }
  return application;
}

/** Everything a move writes about application `id`: a refused move must leave all of it as it was. */
function footprint(t: Tester, id: number): unknown {
  return {
    application: t.db.get('SELECT * FROM applications WHERE id = ?', id),
    events: t.db.count('application_events', 'application_id = ?', id),
    loans: t.db.count('loans', 'application_id = ?', id),
  };
}

/**
 * Remembers what application `id` looks like now; the function it returns fails if any of it
 * changed since: `what` (a refused request) must write nothing.
 */
export function watchApplication(t: Tester, id: number): (what: string) => void {
  const before = footprint(t, id);
  return (what) => t.expectEqual(footprint(t, id), before, `${what} must leave application ${id}, its events and its loans as they were: check first, then write`);
}

/** Whether the body mentions `status` as a word, in any field (`"status": "draft"`, or in the error text). */
function namesStatus(body: unknown, status: Status): boolean {
  return new RegExp(`\\b${status}\\b`, 'i').test(JSON.stringify(body));
}

/** A 409 with a JSON error that tells the client the status the application is in now. */
export function expectConflictNaming(t: Tester, res: HttpResponse, current: Status, sent: string): void {
  res.expectStatus(409);
  const body = res.expectJson(ErrorBodySchema, `an error like { "error": "…", "status": "${current}" }`);
  if (!namesStatus(body, current)) {
    t.fail(`The 409 for ${sent} does not say the application's current status. Put it in the body, e.g. { "error": "…", "status": "${current}" }, so the client knows where the application stands now.`);
  }
}

/** POST `action` on application `id` (now `current`), which the lifecycle does not allow: 409, naming `current`, nothing written. */
export async function expectRefusedMove(t: Tester, id: number, action: Action, current: Status): Promise<void> {
  const sent = `POST ${actionPath(id, action)} on ${aStatus(current)} application`;
  const allowed = TRANSITIONS[action].from.map(aStatus).join(' or ');
  const expectUnchanged = watchApplication(t, id);
  const res = await t.http.post(actionPath(id, action));
  if (res.status >= 200 && res.status < 300) {
    t.fail(`${sent} answered ${res.status}, but the lifecycle does not allow it: ${action} needs ${allowed} application. Compare the current status with the ones ${action} may start from, and answer 409 Conflict.`);
  }
  if (res.status !== 409) {
    t.fail(`${sent} answered ${res.status}, expected 409 Conflict. The request itself is fine (so not 400): it conflicts with the application's current status, ${current}.`);
  }
  expectConflictNaming(t, res, current, sent);
  expectUnchanged(sent);
}

export interface EventRow {
  action: string;
  from_status: string | null;
  to_status: string;
}

/** The application's moves from the audit table, oldest first (a "create" event, if you keep one, is left out). */
export function movesInDatabase(t: Tester, id: number): EventRow[] {
  const placeholders = ACTIONS.map(() => '?').join(', ');
  return t.db.all<EventRow>(
    `SELECT action, from_status, to_status FROM application_events WHERE application_id = ? AND action IN (${placeholders}) ORDER BY id`,
    id,
    ...ACTIONS,
  );
}

export function loansOf(t: Tester, id: number): { amount: number; term_months: number }[] {
  return t.db.all('SELECT amount, term_months FROM loans WHERE application_id = ? ORDER BY id', id);
}

/** An id no application has. */
export function unknownApplicationId(t: Tester): number {
  return (t.db.get<{ id: number | null }>('SELECT max(id) AS id FROM applications')?.id ?? 0) + 1000;
}
