import type { Request, Response } from 'express';
import { z } from 'zod';
import { HttpError, parseOr400 } from '../middleware/errors.js';
import * as books from '../models/books.js';

const NewBookSchema = z.object({
  isbn: z.string().trim().min(10).max(17),
  title: z.string().trim().min(1),
  author: z.string().trim().min(1),
  year: z.number().int(),
  genre: z.string().trim().min(1),
});

const IdSchema = z.coerce.number().int().positive();

// GET /books sends every book in the catalogue, all 20,000 of them, in one answer.
// Step 1: answer one page instead: { items: [...], nextCursor: null }, ?limit= (default 20, at most 100).
// Step 2: filter with ?author=, ?genre=, ?yearFrom= and ?yearTo=, validated with zod.
// Step 3: sort with ?sort= (title, -title, year, -year), from a whitelist.
// Step 4: hand out nextCursor, and read ?cursor= to start after the previous page.
export function list(req: Request, res: Response) {
  res.json(books.listBooks());
}

export function show(req: Request, res: Response) {
  const id = parseOr400(IdSchema, req.params.id, 'id');
  const book = books.findBook(id);
  if (!book) throw new HttpError(404, `There is no book with id ${id}`);
  res.json(book);
}

export function create(req: Request, res: Response) {
  const input = parseOr400(NewBookSchema, req.body, 'book');
  try {
    const book = books.createBook(input);
    res.status(201).location(`/books/${book.id}`).json(book);
  } catch (error) {
    // A taken ISBN is neither a crash nor a bad body: the request conflicts with a book that exists.
    if (error instanceof books.IsbnTakenError) throw new HttpError(409, error.message);
    throw error;
  }
}
