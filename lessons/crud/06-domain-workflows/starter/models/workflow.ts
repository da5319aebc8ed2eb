/**
 * Everything that moves a loan application through its lifecycle will live here.
 *
 *   draft ──submit──▶ submitted ──approve──▶ approved ──close──▶ closed
 *     │                  │  └──────reject──▶ rejected ──close──▶ closed
 *     └─────withdraw─────┴──withdraw──▶ withdrawn
 */

export type Action = 'submit' | 'approve' | 'reject' | 'withdraw' | 'close';

// Step 1: a function that performs an action on an application: it moves the status on
//         (draft → submitted for submit, …) and gives back the application as it is now.
// Step 2: the lifecycle as data: which statuses each action may start from. Anything else is a conflict.
// Step 4: every move also writes a row to application_events, in the same transaction.
// Step 5: approving also creates the loan, in that same transaction.
// Step 6: approving asks the credit bureau first (checkCredit in ../credit-bureau.ts), and the
//         status check moves into the UPDATE itself.
