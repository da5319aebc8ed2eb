import { Router, type Response } from 'express';
import { z } from 'zod';
import { createApplication, eventsOf, findApplication, listApplications, performAction, type Application } from '../models/applications.js';
import { findUserById } from '../models/users.js';
import { isAction } from '../workflow.js';

// The finished workflow API from the previous lesson. It works, and it lets anyone do anything:
// any caller sees every application, applies in anyone's name, and approves their own loan.

export const applicationsRouter = Router();

const IdSchema = z.coerce.number().int().positive();

// Step 2: the borrower should be whoever is calling, not whatever the body says.
const NewApplicationSchema = z.object({
  borrowerId: z.number().int().positive(),
  amount: z.number().int().positive(),
  termMonths: z.number().int().min(1).max(480),
});

/** The application in the path, or undefined after answering 404. */
function applicationInPath(id: string, res: Response): Application | undefined {
  const parsed = IdSchema.safeParse(id);
  const application = parsed.success ? findApplication(parsed.data) : undefined;
  if (!application) res.status(404).json({ error: `There is no application ${id}` });
  return application;
}

// Step 2: a borrower sees only their own applications; an officer sees them all.
applicationsRouter.get('/applications', (req, res) => {
  res.json(listApplications());
});

// Step 2: another borrower's application (and its events) answers 403.
applicationsRouter.get('/applications/:id', (req, res) => {
  const application = applicationInPath(req.params.id, res);
  if (application) res.json(application);
});

applicationsRouter.get('/applications/:id/events', (req, res) => {
  const application = applicationInPath(req.params.id, res);
  if (application) res.json(eventsOf(application.id));
});

applicationsRouter.post('/applications', (req, res) => {
  const input = NewApplicationSchema.safeParse(req.body);
  if (!input.success) {
    res.status(400).json({ error: z.prettifyError(input.error) });
    return;
  }
  const { borrowerId, ...loan } = input.data;
  if (findUserById(borrowerId)?.role !== 'borrower') {
    res.status(400).json({ error: `There is no borrower ${borrowerId}` });
    return;
  }
  const application = createApplication(borrowerId, loan);
  res.status(201).location(`/applications/${application.id}`).json(application);
});

// Step 3: only officers approve, reject and close; only the owner submits and withdraws.
applicationsRouter.post('/applications/:id/:action', (req, res) => {
  const { action } = req.params;
  if (!isAction(action)) {
    res.status(404).json({ error: `There is no action "${action}"` });
    return;
  }
  const application = applicationInPath(req.params.id, res);
  if (!application) return;
  const result = performAction(application.id, action);
  if (!result.ok) {
    res.status(409).json({ error: `Cannot ${action} an application that is ${result.status}`, status: result.status });
    return;
  }
  res.json(result.application);
});
