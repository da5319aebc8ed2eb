/**
 * Everything that moves a loan application through its lifecycle lives here.
 *
 *   draft ──submit──▶ submitted ──approve──▶ approved ──close──▶ closed
 *     │                  │  └──────reject──▶ rejected ──close──▶ closed
 *     └─────withdraw─────┴──withdraw──▶ withdrawn
 *
 * A move changes the status, writes an event to the audit trail and, for an approval, creates the
 * loan: all of it in one transaction, so the database never holds half a move.
 */
import Database from 'better-sqlite3';
import { checkCredit } from '../credit-bureau.js';
import { db } from '../db.js';
import { findApplication, type Application, type Status } from './applications.js';

export type Action = 'submit' | 'approve' | 'reject' | 'withdraw' | 'close';

/** The lifecycle as data: the statuses each action may start from, and where it leads. */
const TRANSITIONS: Record<Action, { from: Status[]; to: Status }> = {
  submit: { from: ['draft'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  reject: { from: ['submitted'], to: 'rejected' },
  withdraw: { from: ['draft', 'submitted'], to: 'withdrawn' },
  close: { from: ['approved', 'rejected'], to: 'closed' },
};

export const ACTIONS = Object.keys(TRANSITIONS) as Action[];

/** Whether the lifecycle has an arrow for `action` out of `status`. */
export function allowsFrom(action: Action, status: Status): boolean {
  return TRANSITIONS[action].from.includes(status);
}

export type Outcome =
  | { result: 'moved'; application: Application }
  | { result: 'not found' }
  | { result: 'conflict'; status: Status; error: string };

export interface ApplicationEvent {
  id: number;
  action: Action;
  fromStatus: Status | null;
  toStatus: Status;
  actor: string | null;
  at: string;
}

function notAllowed(action: Action, application: Application): Outcome {
  const allowed = TRANSITIONS[action].from.join(' or ');
  const error = `Cannot ${action} application ${application.id}: it is ${application.status}, and ${action} needs it to be ${allowed}`;
  return { result: 'conflict', status: application.status, error };
}

/** Runs `action` on application `id`: the one way a status changes. */
export async function performAction(id: number, action: Action): Promise<Outcome> {
  const application = findApplication(id);
  if (!application) return { result: 'not found' };
  // A quick answer for the common mistake; the guarded UPDATE in `move` is what really decides.
  if (!allowsFrom(action, application.status)) return notAllowed(action, application);
  // Other requests run while we wait here: the status read above may be stale by the time we write.
  if (action === 'approve') await checkCredit(application.borrowerId);
  try {
    return move(id, action);
  } catch (error) {
    // The safety net: loans.application_id is UNIQUE, so a second loan is refused, and the
    // transaction takes the status change and the event back with it.
    if (error instanceof Database.SqliteError && error.code === 'SQLITE_CONSTRAINT_UNIQUE') {
      return { result: 'conflict', status: application.status, error: `Application ${id} already has a loan` };
    }
    throw error;
  }
}

/** Status, event and loan in one transaction: if any statement throws, none of them stays. */
const move = db.transaction((id: number, action: Action): Outcome => {
  const before = findApplication(id)!;
  const { from, to } = TRANSITIONS[action];
  // The check is part of the write: if the application left the allowed statuses since we
  // looked, the UPDATE matches no row and changes nothing.
  const { changes } = db
    .prepare(`UPDATE applications SET status = ?, updated_at = datetime('now') WHERE id = ? AND status IN (${from.map(() => '?').join(', ')})`)
    .run(to, id, ...from);
  if (changes === 0) return notAllowed(action, before);

  // Step 5: the audit trail should say who did it. Pass the caller's name down to here (through
  // performAction) and write it into the actor column.
  db.prepare('INSERT INTO application_events (application_id, action, from_status, to_status) VALUES (?, ?, ?, ?)').run(id, action, before.status, to);
  if (action === 'approve') {
    db.prepare('INSERT INTO loans (application_id, amount, term_months) SELECT id, amount, term_months FROM applications WHERE id = ?').run(id);
  }
  return { result: 'moved', application: findApplication(id)! };
});

/** The audit trail of one application, oldest first. */
export function listEvents(applicationId: number): ApplicationEvent[] {
  return db
    .prepare('SELECT id, action, from_status AS fromStatus, to_status AS toStatus, actor, at FROM application_events WHERE application_id = ? ORDER BY id')
    .all(applicationId) as ApplicationEvent[];
}
