import type { Status } from './models/applications.js';
import type { User } from './models/users.js';
import { ACTIONS, allowsFrom, type Action } from './models/workflow.js';

/** Everything a user may ask to do: apply for a loan, look at or edit an application, or one of the workflow's actions. */
export type Permission = 'apply' | 'view' | 'edit' | Action;

/**
 * The lending desk's whole rulebook, in one place. Handlers ask; this answers. Who may do what
 * is a business rule: keeping it here means it is read, reviewed and changed in one spot, and
 * no handler can quietly forget it.
 */
export function can(user: User, permission: Permission, application?: { borrowerId: number }): boolean {
  const isOfficer = user.role === 'officer';
  const isOwner = application?.borrowerId === user.id;
  switch (permission) {
    case 'apply':
      return user.role === 'borrower';
    case 'view':
      return isOfficer || isOwner;
    case 'edit':
    case 'submit':
    case 'withdraw':
      return isOwner;
    case 'approve':
    case 'reject':
    case 'close':
      return isOfficer;
  }
}

/** What `user` may do to the application right now: the policy says yes and so does the workflow. */
export function allowedActions(user: User, application: { borrowerId: number; status: Status }): Action[] {
  return ACTIONS.filter((action) => can(user, action, application) && allowsFrom(action, application.status));
}
