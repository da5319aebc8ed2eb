/**
 * Every error answer of the API, in one place, as in the last lesson. A controller throws an
 * HttpError (or anything breaks); Express skips the remaining routes and calls the error handler.
 */
import type { ErrorRequestHandler, Request, Response } from 'express';
import type { z } from 'zod';

/** An error with the status the client should get, thrown from any route. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Validates `input` with `schema`, or throws a 400 that names every bad field or parameter. */
export function parseOr400<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || what}: ${issue.message}`);
  throw new HttpError(400, `Invalid ${what}. ${problems.join('; ')}`);
}

/** Registered after every route: no route answered this request. */
export function notFound(req: Request, res: Response): void {
  res.status(404).json({ error: `There is no ${req.method} ${req.path}` });
}

/** Four parameters: that is how Express knows this handles errors. Registered last. */
export const errorHandler: ErrorRequestHandler = (error, req, res, next) => {
  if (res.headersSent) return next(error);
  if (error instanceof HttpError) {
    res.status(error.status).json({ error: error.message });
    return;
  }
  // express.json() marks a body that is not JSON with status 400.
  if ((error as { status?: number }).status === 400) {
    res.status(400).json({ error: 'The body is not valid JSON' });
    return;
  }
  // A bug or a failure nobody planned for: the details go to your console, never to the client.
  console.error(error);
  res.status(500).json({ error: 'Something went wrong on our side' });
};
