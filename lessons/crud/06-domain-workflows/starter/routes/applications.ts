import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { createDraft, findApplication, listApplications, updateApplication } from '../models/applications.js';

export const applicationsRouter = Router();

const STATUSES = ['draft', 'submitted', 'approved', 'rejected', 'withdrawn', 'closed'] as const;

const NewApplicationSchema = z.strictObject({
  applicant: z.string().trim().min(1),
  amount: z.number().int().positive(),
  termMonths: z.number().int().min(1).max(480),
});

// Any field may change, the status too: a client can jump from draft to approved in one request.
const ChangesSchema = z.strictObject({
  amount: NewApplicationSchema.shape.amount,
  termMonths: NewApplicationSchema.shape.termMonths,
  status: z.enum(STATUSES),
}).partial();

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

// Step 3: a status changes only through an action. Refuse `status` here, and let a client edit
//         the amount and the term of a draft only (409 once it is submitted).
applicationsRouter.patch('/applications/:id', (req, res) => {
  const id = idOf(req);
  if (id === undefined || !findApplication(id)) return sendNotFound(res, req);
  const parsed = ChangesSchema.safeParse(req.body);
  if (!parsed.success) {
    res.status(400).json({ error: z.prettifyError(parsed.error) });
    return;
  }
  res.json(updateApplication(id, parsed.data));
});

// Step 1: POST /applications/:id/submit, /approve, /reject, /withdraw and /close.

// Step 4: GET /applications/:id/events lists the application's audit trail, oldest first.
