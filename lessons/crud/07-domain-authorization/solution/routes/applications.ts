import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { currentUser } from '../identify.js';
import { createDraft, findApplication, listApplications, updateDraft, type Application } from '../models/applications.js';
import type { User } from '../models/users.js';
import { listEvents, performAction, type Action, type Outcome } from '../models/workflow.js';
import { allowedActions, can, type Permission } from '../policy.js';

export const applicationsRouter = Router();

// No borrowerId here: who applies is whoever is calling, never what the body claims. A strict
// object refuses a body that still sends one with a 400.
const NewApplicationSchema = z.strictObject({
  amount: z.number().int().positive(),
  termMonths: z.number().int().min(1).max(480),
});

// Only the amount and the term, and nothing else: a strict object refuses `status` (and any
// other field) with a 400, because a status changes through an action, never through an edit.
const DraftChangesSchema = NewApplicationSchema.partial();

const IdSchema = z.coerce.number().int().positive();

function sendNotFound(res: Response, req: Request): void {
  res.status(404).json({ error: `There is no application with id ${req.params.id}` });
}

function forbid(res: Response, user: User, what: string): void {
  res.status(403).json({ error: `${user.name} (${user.role}) may not ${what}` });
}

/**
 * The application in the path, if the caller may do `permission` to it; otherwise answers
 * 404 (no such application) or 403 (it exists, and this caller may not) and returns undefined.
 */
function authorizedApplication(req: Request, res: Response, permission: Permission): Application | undefined {
  const id = IdSchema.safeParse(req.params.id);
  const application = id.success ? findApplication(id.data) : undefined;
  if (!application) {
    sendNotFound(res, req);
    return undefined;
  }
  const user = currentUser(res);
  if (!can(user, permission, application)) {
    forbid(res, user, `${permission} application ${application.id}`);
    return undefined;
  }
  return application;
}

/** The application as the caller sees it: with the actions they may take now, for the client's buttons. */
function present(user: User, application: Application) {
  return { ...application, allowedActions: allowedActions(user, application) };
}

applicationsRouter.get('/applications', (req, res) => {
  const user = currentUser(res);
  const visible = listApplications().filter((application) => can(user, 'view', application));
  res.json(visible.map((application) => present(user, application)));
});

applicationsRouter.get('/applications/:id', (req, res) => {
  const application = authorizedApplication(req, res, 'view');
  if (application) res.json(present(currentUser(res), application));
});

applicationsRouter.post('/applications', (req, res) => {
  const user = currentUser(res);
  if (!can(user, 'apply')) {
    forbid(res, user, 'apply for a loan: only borrowers apply');
    return;
  }
  const parsed = NewApplicationSchema.safeParse(req.body);
  if (!parsed.success) {
    res.status(400).json({ error: z.prettifyError(parsed.error) });
    return;
  }
  const application = createDraft({ ...parsed.data, borrowerId: user.id });
  res.status(201).location(`/applications/${application.id}`).json(present(user, application));
});

applicationsRouter.patch('/applications/:id', (req, res) => {
  const current = authorizedApplication(req, res, 'edit');
  if (!current) return;
  const parsed = DraftChangesSchema.safeParse(req.body);
  if (!parsed.success) {
    res.status(400).json({ error: z.prettifyError(parsed.error) });
    return;
  }
  const updated = updateDraft(current.id, parsed.data);
  if (!updated) {
    // It exists, so it is no longer a draft: say what it is now.
    const status = findApplication(current.id)?.status;
    res.status(409).json({ error: `Only a draft can be edited; application ${current.id} is ${status}`, status });
    return;
  }
  res.json(present(currentUser(res), updated));
});

/** One endpoint per business action: the URL says what the client means, and the policy decides who may. */
function actionRoute(action: Action) {
  return async (req: Request, res: Response) => {
    const application = authorizedApplication(req, res, action);
    if (!application) return;
    const user = currentUser(res);
    sendOutcome(res, req, user, await performAction(application.id, action, user.name));
  };
}

function sendOutcome(res: Response, req: Request, user: User, outcome: Outcome): void {
  if (outcome.result === 'not found') return sendNotFound(res, req);
  if (outcome.result === 'conflict') {
    res.status(409).json({ error: outcome.error, status: outcome.status });
    return;
  }
  res.json(present(user, outcome.application));
}

applicationsRouter.post('/applications/:id/submit', actionRoute('submit'));
applicationsRouter.post('/applications/:id/approve', actionRoute('approve'));
applicationsRouter.post('/applications/:id/reject', actionRoute('reject'));
applicationsRouter.post('/applications/:id/withdraw', actionRoute('withdraw'));
applicationsRouter.post('/applications/:id/close', actionRoute('close'));

applicationsRouter.get('/applications/:id/events', (req, res) => {
  const application = authorizedApplication(req, res, 'view');
  if (application) res.json(listEvents(application.id));
});
