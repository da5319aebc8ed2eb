/**
 * The books controllers: one function per route, turning a request into a call to the model and
 * the model's answer into a response. Validation lives here, at the edge, before anything is saved.
 * When something is wrong they throw an HttpError, and the error middleware writes the answer.
 */
import type { Request, Response } from 'express';
import { z } from 'zod';
import { HttpError } from '../middleware/errors.js';
import * as books from '../models/books.js';

const thisYear = new Date().getFullYear();

const BookInput = z.object({
  isbn: z.string().regex(/^(\d{10}|\d{13})$/, 'isbn must be 10 or 13 digits'),
  title: z.string().trim().min(1, 'title must not be empty'),
  author: z.string().trim().min(1, 'author must not be empty'),
  year: z.number().int('year must be a whole number').min(1450, 'year must be 1450 or later').max(thisYear, `year must not be after ${thisYear}`),
});

// A PATCH may leave any field out.
const BookChanges = BookInput.partial();

/** The body when the schema accepts it; otherwise a 400 that names every wrong field. */
function validBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({ field: issue.path.join('.') || 'body', message: issue.message }));
  throw new HttpError(400, 'The book is not valid', { issues });
}

function existingBook(req: Request): books.Book {
  const id = Number(req.params.id);
  const book = Number.isInteger(id) ? books.findBook(id) : undefined;
  if (!book) throw new HttpError(404, `There is no book with id ${req.params.id}`);
  return book;
}

/** A taken ISBN is neither a crash nor a bad body: the request conflicts with a book that exists. */
function conflictIfIsbnTaken(write: () => books.Book): books.Book {
  try {
    return write();
  } catch (error) {
    if (error instanceof books.IsbnTakenError) throw new HttpError(409, error.message);
    throw error;
  }
}

export function list(req: Request, res: Response): void {
  res.json(books.listBooks());
}

export function show(req: Request, res: Response): void {
  res.json(existingBook(req));
}

export function create(req: Request, res: Response): void {
  const fields = validBody(BookInput, req.body);
  const book = conflictIfIsbnTaken(() => books.createBook(fields));
  res.status(201).location(`/books/${book.id}`).json(book);
}

/** PUT: the body is a whole book, which replaces the stored one. */
export function replace(req: Request, res: Response): void {
  const { id } = existingBook(req);
  const fields = validBody(BookInput, req.body);
  res.json(conflictIfIsbnTaken(() => books.saveBook({ ...fields, id })));
}

/** PATCH: the fields sent are laid over the stored book. */
export function update(req: Request, res: Response): void {
  const existing = existingBook(req);
  const changes = validBody(BookChanges, req.body);
  res.json(conflictIfIsbnTaken(() => books.saveBook({ ...existing, ...changes })));
}

export function remove(req: Request, res: Response): void {
  books.deleteBook(existingBook(req).id);
  res.status(204).end();
}
