import { db } from '../db.js';
import { allowsFrom, TRANSITIONS, type Action, type Status } from '../workflow.js';

export interface Application {
  id: number;
  borrowerId: number;
  amount: number;
  termMonths: number;
  status: Status;
  createdAt: string;
  updatedAt: string;
}

export interface ApplicationEvent {
  id: number;
  action: string;
  fromStatus: Status | null;
  toStatus: Status;
  actor: string | null;
  at: string;
}

const COLUMNS = `id, borrower_id AS borrowerId, amount, term_months AS termMonths, status,
  created_at AS createdAt, updated_at AS updatedAt`;

export function listApplications(): Application[] {
  return db.prepare(`SELECT ${COLUMNS} FROM applications ORDER BY id`).all() as Application[];
}

export function findApplication(id: number): Application | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM applications WHERE id = ?`).get(id) as Application | undefined;
}

export function eventsOf(applicationId: number): ApplicationEvent[] {
  return db.prepare(`SELECT id, action, from_status AS fromStatus, to_status AS toStatus, actor, at
    FROM application_events WHERE application_id = ? ORDER BY id`).all(applicationId) as ApplicationEvent[];
}

// Step 5: the audit log should say who did it. Pass the acting user's name down to here and
// write it into the actor column.
function recordEvent(applicationId: number, action: string, from: Status | null, to: Status): void {
  db.prepare('INSERT INTO application_events (application_id, action, from_status, to_status) VALUES (?, ?, ?, ?)')
    .run(applicationId, action, from, to);
}

/** A new draft and its first audit row, together or not at all. */
export const createApplication = db.transaction(
  (borrowerId: number, input: { amount: number; termMonths: number }): Application => {
    const { id } = db.prepare('INSERT INTO applications (borrower_id, amount, term_months) VALUES (?, ?, ?) RETURNING id')
      .get(borrowerId, input.amount, input.termMonths) as { id: number };
    recordEvent(id, 'create', null, 'draft');
    return findApplication(id)!;
  },
);

export type ActionResult = { ok: true; application: Application } | { ok: false; status: Status };

/**
 * Moves the application along the workflow, writes the audit row and, on approval, the loan:
 * all in one transaction, so no reader ever sees one without the others.
 */
export const performAction = db.transaction((id: number, action: Action): ActionResult => {
  const current = findApplication(id)!;
  if (!allowsFrom(action, current.status)) return { ok: false, status: current.status };
  const to = TRANSITIONS[action].to;
  db.prepare("UPDATE applications SET status = ?, updated_at = datetime('now') WHERE id = ?").run(to, id);
  recordEvent(id, action, current.status, to);
  if (action === 'approve') {
    db.prepare('INSERT INTO loans (application_id, amount, term_months) VALUES (?, ?, ?)').run(id, current.amount, current.termMonths);
  }
  return { ok: true, application: findApplication(id)! };
});
