import type { NextFunction, Request, Response } from 'express';
import type { User } from './models/users.js';

/**
 * Runs before every route (see server.ts). Today it lets every request through, whoever sent it.
 *
 * Step 1: find out who is calling. Read the X-User header, look the user up with findUserByName
 * (models/users.ts), answer 401 with a JSON error when the header is missing or names nobody,
 * and otherwise keep the user in res.locals.user before calling next().
 */
export function identify(req: Request, res: Response, next: NextFunction): void {
  next();
}

/** The user `identify` found for this request. */
export function currentUser(res: Response): User {
  return res.locals.user as User;
}
