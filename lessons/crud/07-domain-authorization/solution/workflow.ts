// The loan application's lifecycle from the previous lesson: which status each action starts
// from and where it leads. Anything else answers 409.
//
//   draft ──submit──▶ submitted ──approve──▶ approved ──close──▶ closed
//     │                  │ └─────reject───▶ rejected ──close──▶ closed
//     └────withdraw──────┴──withdraw──▶ withdrawn

export const ACTIONS = ['submit', 'approve', 'reject', 'withdraw', 'close'] as const;
export type Action = (typeof ACTIONS)[number];
export type Status = 'draft' | 'submitted' | 'approved' | 'rejected' | 'withdrawn' | 'closed';

export const TRANSITIONS: Record<Action, { from: readonly Status[]; to: Status }> = {
  submit: { from: ['draft'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  reject: { from: ['submitted'], to: 'rejected' },
  withdraw: { from: ['draft', 'submitted'], to: 'withdrawn' },
  close: { from: ['approved', 'rejected'], to: 'closed' },
};

export function isAction(value: string): value is Action {
  return (ACTIONS as readonly string[]).includes(value);
}

/** Whether the workflow lets `action` happen to an application that is `status` now. */
export function allowsFrom(action: Action, status: Status): boolean {
  return TRANSITIONS[action].from.includes(status);
}
