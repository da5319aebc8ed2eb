import { db } from '../db.js';

export type Status = 'draft' | 'submitted' | 'approved' | 'rejected' | 'withdrawn' | 'closed';

export interface Application {
  id: number;
  applicant: string;
  amount: number;
  termMonths: number;
  status: Status;
  createdAt: string;
  updatedAt: string;
}

export interface NewApplication {
  applicant: string;
  amount: number;
  termMonths: number;
}

/** Any field of an application, its status included. Step 3 is about why that is a problem. */
export type ApplicationChanges = Partial<Pick<Application, 'amount' | 'termMonths' | 'status'>>;

// The columns, renamed to the camelCase the API speaks.
const COLUMNS = 'id, applicant, amount, term_months AS termMonths, status, created_at AS createdAt, updated_at AS updatedAt';

export function listApplications(): Application[] {
  return db.prepare(`SELECT ${COLUMNS} FROM applications ORDER BY id`).all() as Application[];
}

export function findApplication(id: number): Application | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM applications WHERE id = ?`).get(id) as Application | undefined;
}

/** Every application starts as a draft: the column's default says so. */
export function createDraft(input: NewApplication): Application {
  return db
    .prepare(`INSERT INTO applications (applicant, amount, term_months) VALUES (?, ?, ?) RETURNING ${COLUMNS}`)
    .get(input.applicant, input.amount, input.termMonths) as Application;
}

/** Changes whatever the client sent. Undefined when there is no application with that id. */
export function updateApplication(id: number, changes: ApplicationChanges): Application | undefined {
  return db
    .prepare(
      `UPDATE applications
          SET amount = coalesce(?, amount), term_months = coalesce(?, term_months), status = coalesce(?, status),
              updated_at = datetime('now')
        WHERE id = ?
        RETURNING ${COLUMNS}`,
    )
    .get(changes.amount ?? null, changes.termMonths ?? null, changes.status ?? null, id) as Application | undefined;
}
