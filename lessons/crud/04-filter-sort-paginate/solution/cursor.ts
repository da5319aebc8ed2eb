import { z } from 'zod';
import { HttpError } from './middleware/errors.js';
import type { After } from './models/books.js';

const AfterSchema = z.object({ value: z.union([z.string(), z.number()]), id: z.number().int() });

/**
 * Where a page ended (its last book's sort value and id) travels to the client as one opaque
 * string that it sends back unchanged. base64url keeps it safe in a URL, and says "do not build
 * this yourself": what is inside may change.
 */
export function encodeCursor(after: After): string {
  return Buffer.from(JSON.stringify(after)).toString('base64url');
}

export function decodeCursor(cursor: string): After {
  try {
    return AfterSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new HttpError(400, 'cursor: not a cursor this API gave out. Send nextCursor back exactly as you got it.');
  }
}
