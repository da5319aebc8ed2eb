import { db } from '../db.js';

export type Status = 'draft' | 'submitted' | 'approved' | 'rejected' | 'withdrawn' | 'closed';

export interface Application {
  id: number;
  borrowerId: number;
  amount: number;
  termMonths: number;
  status: Status;
  createdAt: string;
  updatedAt: string;
}

export interface NewApplication {
  borrowerId: number;
  amount: number;
  termMonths: number;
}

/** What a borrower may still change while the application is a draft. */
export type DraftChanges = Partial<Pick<NewApplication, 'amount' | 'termMonths'>>;

// The columns, renamed to the camelCase the API speaks.
const COLUMNS = 'id, borrower_id AS borrowerId, amount, term_months AS termMonths, status, created_at AS createdAt, updated_at AS updatedAt';

export function listApplications(): Application[] {
  return db.prepare(`SELECT ${COLUMNS} FROM applications ORDER BY id`).all() as Application[];
}

export function findApplication(id: number): Application | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM applications WHERE id = ?`).get(id) as Application | undefined;
}

/** Every application starts as a draft: the column's default says so. */
export function createDraft(input: NewApplication): Application {
  return db
    .prepare(`INSERT INTO applications (borrower_id, amount, term_months) VALUES (?, ?, ?) RETURNING ${COLUMNS}`)
    .get(input.borrowerId, input.amount, input.termMonths) as Application;
}

/**
 * Changes a draft, and only a draft: the status check is part of the UPDATE, so an application
 * that was submitted a moment ago is left alone. Undefined when no draft with that id exists.
 */
export function updateDraft(id: number, changes: DraftChanges): Application | undefined {
  return db
    .prepare(
      `UPDATE applications
          SET amount = coalesce(?, amount), term_months = coalesce(?, term_months), updated_at = datetime('now')
        WHERE id = ? AND status = 'draft'
        RETURNING ${COLUMNS}`,
    )
    .get(changes.amount ?? null, changes.termMonths ?? null, id) as Application | undefined;
}
