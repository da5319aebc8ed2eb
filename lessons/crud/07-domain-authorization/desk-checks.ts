/**
 * What the lesson's checks share: the users they act as (read from the database, never from the
 * seed), a client that speaks as one of them through the X-User header, applications made through
 * the API so every run brings its own, and the refusal every step expects: 403, and nothing written.
 */
import type { HttpResponse, Tester } from 'backend-sandbox/checks';
import { ApplicationSchema, ErrorBodySchema, TRANSITIONS, type Action, type Application, type Status } from '../loans-checks.js';

export interface User {
  id: number;
  name: string;
  role: 'borrower' | 'officer';
}

/** Two borrowers and an officer to act as; `otherOfficer` is a second officer when the desk has one. */
export interface Cast {
  borrower: User;
  otherBorrower: User;
  officer: User;
  otherOfficer: User;
}

export function requireCast(t: Tester): Cast {
  const users = t.db.all<User>('SELECT id, name, role FROM users ORDER BY id');
  const borrowers = users.filter((user) => user.role === 'borrower');
  const officers = users.filter((user) => user.role === 'officer');
  if (borrowers.length < 2 || officers.length < 1) {
    t.fail(`These checks need two borrowers and an officer in the users table; it has ${borrowers.length} borrower(s) and ${officers.length} officer(s). Reset the lesson database to get the sample users back.`);
  }
  return { borrower: borrowers[0]!, otherBorrower: borrowers[1]!, officer: officers[0]!, otherOfficer: officers[officers.length - 1]! };
}

/** "ada (borrower)": how messages name a user. */
export function who(user: User): string {
  return `${user.name} (${user.role})`;
}

/** A name no user has: a caller the server must not recognise. */
export function unknownName(t: Tester): string {
  const name = `mallory-${1000 + Math.floor(Math.random() * 9000)}`;
  return t.db.count('users', 'name = ?', name) === 0 ? name : unknownName(t);
}

export type Method = 'GET' | 'POST' | 'PATCH';

/** Speaks to the server as one user: every request carries `X-User: <name>`. */
export interface Caller {
  user: User;
  send(method: Method, path: string, json?: unknown): Promise<HttpResponse>;
  get(path: string): Promise<HttpResponse>;
  post(path: string, json?: unknown): Promise<HttpResponse>;
}

export function actingAs(t: Tester, user: User): Caller {
  const http = t.newHttpClient(user.name);
  const headers = { 'x-user': user.name };
  const send = (method: Method, path: string, json?: unknown) =>
    http.request(json === undefined ? { method, path, headers } : { method, path, headers, json });
  return { user, send, get: (path) => send('GET', path), post: (path, json) => send('POST', path, json) };
}

/** A loan request no seed row has, so a check can tell its own application apart. */
export function newLoan(): { amount: number; termMonths: number } {
  return { amount: 1000 + Math.floor(Math.random() * 90_000), termMonths: 12 };
}

/** A fresh draft owned by `borrower`, made through the API. */
export async function newDraft(t: Tester, borrower: User): Promise<Application> {
  const res = await actingAs(t, borrower).post('/applications', newLoan());
  res.expectStatus(201);
  return res.expectJson(ApplicationSchema, 'the new application');
}

export type Reachable = 'draft' | 'submitted' | 'approved' | 'rejected';

/** A fresh application of `borrower` in `status`: submitted by its owner, decided by `officer`. */
export async function applicationIn(t: Tester, status: Reachable, borrower: User, officer: User): Promise<Application> {
  const application = await newDraft(t, borrower);
  const steps: [User, Action][] = status === 'draft' ? [] : [[borrower, 'submit']];
  if (status === 'approved') steps.push([officer, 'approve']);
  if (status === 'rejected') steps.push([officer, 'reject']);
  for (const [user, action] of steps) {
    (await actingAs(t, user).post(`/applications/${application.id}/${action}`)).expectStatus(200);
  }
  return { ...application, status };
}

/** Whether the lesson's rulebook lets `user` take `action` now: the role or ownership, and the workflow. */
export function mayTake(user: User, action: Action, application: { borrowerId: number; status: Status }): boolean {
  const byOfficers = action === 'approve' || action === 'reject' || action === 'close';
  const permitted = byOfficers ? user.role === 'officer' : application.borrowerId === user.id;
  return permitted && TRANSITIONS[action].from.includes(application.status);
}

/** Everything an action may write: the applications, their audit rows, the loans and the credit bureau's questions. */
function snapshot(t: Tester): string {
  return ['applications', 'application_events', 'loans', 'credit_checks'].map((table) => JSON.stringify(t.db.all(`SELECT * FROM ${table} ORDER BY id`))).join('\n');
}

/** What a wrong status most likely means, for a request that should have been refused with 403. */
function forbiddenHint(status: number): string {
  if (status === 401) return ' 401 means "I don\'t know who you are", but X-User named a real user: a known user who may not do this gets 403.';
  if (status === 404) return ' The application exists; this lesson answers 403 for an application the caller may not touch.';
  return '';
}

/**
 * Sends a request (with `json` as its body, if given) that must be refused with 403 and a JSON
 * error, and fails if it changed anything. `why` tells the learner which rule the server missed.
 */
export async function expectForbidden(t: Tester, caller: Caller, method: Method, path: string, why: string, json?: unknown): Promise<void> {
  const before = snapshot(t);
  const res = await caller.send(method, path, json);
  const request = `${method} ${path} as ${who(caller.user)}`;
  if (res.status !== 403) t.fail(`${request} answered ${res.status}, expected 403 Forbidden: ${why}${forbiddenHint(res.status)}`);
  res.expectJson(ErrorBodySchema, 'a JSON error like { "error": "ada may not approve application 7" }');
  if (snapshot(t) !== before) {
    t.fail(`${request} answered 403 but changed the database anyway (the application, its audit rows, the loans or the credit bureau's questions). Ask the policy before you write anything: a forbidden request must change nothing.`);
  }
}

/** An action on an application that must be refused; see `expectForbidden`. */
export function expectActionForbidden(t: Tester, caller: Caller, action: Action, application: Application, why: string): Promise<void> {
  return expectForbidden(t, caller, 'POST', `/applications/${application.id}/${action}`, why);
}
