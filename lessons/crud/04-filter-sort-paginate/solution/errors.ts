import type { ErrorRequestHandler } from 'express';
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
  console.error(error);
  res.status(500).json({ error: 'Something went wrong on our side' });
};
