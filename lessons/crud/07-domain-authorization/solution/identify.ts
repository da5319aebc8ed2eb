import type { NextFunction, Request, Response } from 'express';
import { findUserByName, type User } from './models/users.js';

/**
 * Authentication, lesson-sized: who is calling? Here the caller simply says their name in an
 * X-User header, and we believe them. A real API proves it (a password, a session, a token):
 * that is the API security track. Everything after this middleware may rely on res.locals.user.
 */
export function identify(req: Request, res: Response, next: NextFunction): void {
  const name = req.get('x-user');
  const user = name ? findUserByName(name) : undefined;
  if (!user) {
    // 401: we don't know who you are. (403 would mean: we know you, and the answer is no.)
    res.status(401).json({ error: 'Unknown caller: send the X-User header with the name of a user' });
    return;
  }
  res.locals.user = user;
  next();
}

/** The user `identify` found for this request. */
export function currentUser(res: Response): User {
  return res.locals.user as User;
}
