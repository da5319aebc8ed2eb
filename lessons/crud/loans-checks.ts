/**
 * What the loan-application lessons (6 and 7) share in their checks: the application's states and
 * shape, its audit trail, and reading them from the database. It lives next to track.md so both
 * lessons import one copy.
 *
 * The lifecycle both lessons teach:
 *   draft ──submit──▶ submitted ──approve──▶ approved ──close──▶ closed
 *     │                  │ └─────reject───▶ rejected ──close──▶ closed
 *     └────withdraw──────┴──withdraw──▶ withdrawn
 * Each action is `POST /applications/:id/<action>`; it answers 200 with the application, 404 for an
 * unknown id, and 409 with the current status when the application is not in a state that allows it.
 */
import type { Tester } from 'backend-sandbox/checks';
import { z } from 'zod';

export const STATUSES = ['draft', 'submitted', 'approved', 'rejected', 'withdrawn', 'closed'] as const;
export type Status = (typeof STATUSES)[number];
export type Action = 'submit' | 'approve' | 'reject' | 'withdraw' | 'close';

/** Which states each action starts from, and where it leads. */
export const TRANSITIONS: Record<Action, { from: readonly Status[]; to: Status }> = {
  submit: { from: ['draft'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  reject: { from: ['submitted'], to: 'rejected' },
  withdraw: { from: ['draft', 'submitted'], to: 'withdrawn' },
  close: { from: ['approved', 'rejected'], to: 'closed' },
};

/** Every action, in the lifecycle's order. */
export const ACTIONS = Object.keys(TRANSITIONS) as Action[];

/** An application as the API sends it; extra fields are fine. */
export const ApplicationSchema = z.object({
  id: z.number().int().positive(),
  amount: z.number().positive(),
  status: z.enum(STATUSES),
}).loose();
export type Application = z.infer<typeof ApplicationSchema>;

export const ErrorBodySchema = z.object({ error: z.string().min(1) }).loose();

export function statusInDatabase(t: Tester, id: number): Status | undefined {
  return t.db.get<{ status: Status }>('SELECT status FROM applications WHERE id = ?', id)?.status;
}

/** Some application of the seed in `status`, or a clear failure asking for a reset. */
export function requireApplicationIn(t: Tester, status: Status): { id: number } {
  const row = t.db.get<{ id: number }>('SELECT id FROM applications WHERE status = ? ORDER BY id', status);
  if (!row) t.fail(`No application is "${status}" any more; these checks need one. Reset the lesson database to get the sample applications back.`);
  return row;
}
