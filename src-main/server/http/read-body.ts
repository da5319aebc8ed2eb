/** Reads a JSON request body with a size limit and validates it against a zod schema. */
import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';
import { HttpError } from './http-error.js';

/** Drafts are capped at 512 KiB of text; JSON escaping can double that, so 2 MiB leaves room without inviting abuse. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

async function readText(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new HttpError(413, `The request body is larger than ${limit} bytes.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new HttpError(413, `The request body is larger than ${limit} bytes.`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function readJsonBody<Schema extends z.ZodType>(
  req: IncomingMessage,
  schema: Schema,
  limit = MAX_BODY_BYTES,
): Promise<z.infer<Schema>> {
  const contentType = req.headers['content-type'] ?? '';
  if (!contentType.startsWith('application/json')) {
    throw new HttpError(415, 'Send the body as JSON with Content-Type: application/json.');
  }
  const text = await readText(req, limit);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON.');
  }
  const result = schema.safeParse(parsed);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    throw new HttpError(400, `The request body is not valid: ${issues.map((i) => `${i.path || 'body'}: ${i.message}`).join('; ')}`, issues);
  }
  return result.data;
}
