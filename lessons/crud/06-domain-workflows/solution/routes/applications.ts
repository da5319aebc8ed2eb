import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { createDraft, findApplication, listApplications, updateDraft } from '../models/applications.js';
import { listEvents, performAction, type Action, type Outcome } from '../models/workflow.js';

export const applicationsRouter = Router();

const NewApplicationSchema = z.strictObject({
  applicant: z.string().trim().min(1),
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

applicationsRouter.get('/applications', (req, res) => {
  res.json(listApplications());
});

applicationsRouter.get('/applications/:id', (req, res) => {
  const id = idOf(req);
  const application = id === undefined ? undefined : findApplication(id);
  if (!application) return sendNotFound(res, req);
  res.json(application);
});

applicationsRouter.post('/applications', (req, res) => {
  const parsed = NewApplicationSchema.safeParse(req.body);
  if (!parsed.success) {
    res.status(400).json({ error: z.prettifyError(parsed.error) });
    return;
  }
  const application = createDraft(parsed.data);
  res.status(201).location(`/applications/${application.id}`).json(application);
});

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
  return async (req: Request, res: Response) => {
    const id = idOf(req);
    if (id === undefined) return sendNotFound(res, req);
    sendOutcome(res, req, await performAction(id, action));
  };
}

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
