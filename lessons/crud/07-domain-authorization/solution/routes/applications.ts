import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { currentUser } from '../identify.js';
import { createApplication, eventsOf, findApplication, listApplications, performAction, type Application } from '../models/applications.js';
import type { User } from '../models/users.js';
import { allowedActions, can, type Permission } from '../policy.js';
import { isAction } from '../workflow.js';

export const applicationsRouter = Router();

const IdSchema = z.coerce.number().int().positive();

// No borrowerId here: who applies is whoever is calling, never what the body claims.
const NewApplicationSchema = z.object({
  amount: z.number().int().positive(),
  termMonths: z.number().int().min(1).max(480),
});

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
    res.status(404).json({ error: `There is no application ${req.params.id}` });
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

applicationsRouter.get('/applications/:id/events', (req, res) => {
  const application = authorizedApplication(req, res, 'view');
  if (application) res.json(eventsOf(application.id));
});

applicationsRouter.post('/applications', (req, res) => {
  const user = currentUser(res);
  if (!can(user, 'apply')) {
    forbid(res, user, 'apply for a loan: only borrowers apply');
    return;
  }
  const input = NewApplicationSchema.safeParse(req.body);
  if (!input.success) {
    res.status(400).json({ error: z.prettifyError(input.error) });
    return;
  }
  const application = createApplication(user.id, input.data, user.name);
  res.status(201).location(`/applications/${application.id}`).json(present(user, application));
});

applicationsRouter.post('/applications/:id/:action', (req, res) => {
  const { action } = req.params;
  if (!isAction(action)) {
    res.status(404).json({ error: `There is no action "${action}"` });
    return;
  }
  const application = authorizedApplication(req, res, action);
  if (!application) return;
  const user = currentUser(res);
  const result = performAction(application.id, action, user.name);
  if (!result.ok) {
    res.status(409).json({ error: `Cannot ${action} an application that is ${result.status}`, status: result.status });
    return;
  }
  res.json(present(user, result.application));
});
