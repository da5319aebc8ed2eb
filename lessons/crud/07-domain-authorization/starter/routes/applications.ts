import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { createDraft, findApplication, listApplications, updateDraft } from '../models/applications.js';
import { findUserById } from '../models/users.js';
import { listEvents, performAction, type Action, type Outcome } from '../models/workflow.js';

// The finished workflow API from the previous lesson, now that applications belong to users. It
// works, and it lets anyone do anything: any caller sees every application, applies in anyone's
// name, edits anyone's draft and approves their own loan.

export const applicationsRouter = Router();

// Step 2: the borrower should be whoever is calling, not whatever the body says.
const NewApplicationSchema = z.strictObject({
  borrowerId: z.number().int().positive(),
  amount: z.number().int().positive(),
  termMonths: z.number().int().min(1).max(480),
});

// Only the amount and the term, and nothing else: a strict object refuses `status` (and any
// other field) with a 400, because a status changes through an action, never through an edit.
const DraftChangesSchema = NewApplicationSchema.pick({ amount: true, termMonths: true }).partial();

const IdSchema = z.coerce.number().int().positive();

/** The application id from the path, or undefined when it cannot be one (then it does not exist). */
function idOf(req: Request): number | undefined {
  const parsed = IdSchema.safeParse(req.params.id);
  return parsed.success ? parsed.data : undefined;
}

function sendNotFound(res: Response, req: Request): void {
  res.status(404).json({ error: `There is no application with id ${req.params.id}` });
}

// Step 2: a borrower sees only their own applications; an officer sees them all.
applicationsRouter.get('/applications', (req, res) => {
  res.json(listApplications());
});

// Step 2: another borrower's application (and, below, its events) answers 403.
applicationsRouter.get('/applications/:id', (req, res) => {
  const id = idOf(req);
  const application = id === undefined ? undefined : findApplication(id);
  if (!application) return sendNotFound(res, req);
  res.json(application);
});

// Step 2: only borrowers apply, and always for themselves.
applicationsRouter.post('/applications', (req, res) => {
  const parsed = NewApplicationSchema.safeParse(req.body);
  if (!parsed.success) {
    res.status(400).json({ error: z.prettifyError(parsed.error) });
    return;
  }
  if (findUserById(parsed.data.borrowerId)?.role !== 'borrower') {
    res.status(400).json({ error: `There is no borrower with id ${parsed.data.borrowerId}` });
    return;
  }
  const application = createDraft(parsed.data);
  res.status(201).location(`/applications/${application.id}`).json(application);
});

// Step 3: only the borrower who owns a draft edits it.
applicationsRouter.patch('/applications/:id', (req, res) => {
  const id = idOf(req);
  const current = id === undefined ? undefined : findApplication(id);
  if (id === undefined || !current) return sendNotFound(res, req);
  const parsed = DraftChangesSchema.safeParse(req.body);
  if (!parsed.success) {
    res.status(400).json({ error: z.prettifyError(parsed.error) });
    return;
  }
  const updated = updateDraft(id, parsed.data);
  if (!updated) {
    // It exists, so it is no longer a draft: say what it is now.
    const status = findApplication(id)?.status;
    res.status(409).json({ error: `Only a draft can be edited; application ${id} is ${status}`, status });
    return;
  }
  res.json(updated);
});

/** One endpoint per business action: the URL says what the client means. */
function actionRoute(action: Action) {
  // Step 3: only officers approve, reject and close; only the owner submits and withdraws.
  return async (req: Request, res: Response) => {
    const id = idOf(req);
    if (id === undefined) return sendNotFound(res, req);
    sendOutcome(res, req, await performAction(id, action));
  };
}

// Step 4: send the application with the actions the caller may take next.
function sendOutcome(res: Response, req: Request, outcome: Outcome): void {
  if (outcome.result === 'not found') return sendNotFound(res, req);
  if (outcome.result === 'conflict') {
    res.status(409).json({ error: outcome.error, status: outcome.status });
    return;
  }
  res.json(outcome.application);
}

applicationsRouter.post('/applications/:id/submit', actionRoute('submit'));
applicationsRouter.post('/applications/:id/approve', actionRoute('approve'));
applicationsRouter.post('/applications/:id/reject', actionRoute('reject'));
applicationsRouter.post('/applications/:id/withdraw', actionRoute('withdraw'));
applicationsRouter.post('/applications/:id/close', actionRoute('close'));

applicationsRouter.get('/applications/:id/events', (req, res) => {
  const id = idOf(req);
  if (id === undefined || !findApplication(id)) return sendNotFound(res, req);
  res.json(listEvents(id));
});
