/**
 * Every error answer of the API, in one place. A controller throws an HttpError (or anything
 * breaks); Express skips the remaining routes and calls the error handler, which answers JSON.
 */
import type { NextFunction, Request, Response } from 'express';

/** An error the client caused, with the status to answer and extra fields for the body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Express's own errors while reading a request (malformed JSON, a body too large) carry a 4xx `status`. */
function clientStatus(err: unknown): number | undefined {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

/** Registered after every route: no route answered this request. */
export function notFound(req: Request, res: Response): void {
  res.status(404).json({ error: `There is no ${req.method} ${req.path}` });
}

/** Four parameters: that is how Express knows this handles errors. Registered last. */
export function errorHandler(err: unknown, req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) return next(err);
  if (err instanceof HttpError) {
    res.status(err.status).json({ error: err.message, ...err.details });
    return;
  }
  const status = clientStatus(err);
  if (status !== undefined) {
    const malformed = (err as { type?: unknown }).type === 'entity.parse.failed';
    res.status(status).json({ error: malformed ? 'The request body is not valid JSON' : (err as Error).message });
    return;
  }
  // A bug or a failure nobody planned for: the details go to your console, never to the client.
  console.error(err);
  res.status(500).json({ error: 'Something went wrong on our side' });
}
