import type { Request, Response } from 'express';
import { z } from 'zod';
import { HttpError, parseOr400 } from '../middleware/errors.js';
import * as books from '../models/books.js';

const thisYear = new Date().getFullYear();

// The rules for a book from the last lesson, and its new genre.
const NewBookSchema = z.object({
  isbn: z.string().regex(/^(\d{10}|\d{13})$/, 'isbn must be 10 or 13 digits'),
  title: z.string().trim().min(1, 'title must not be empty'),
  author: z.string().trim().min(1, 'author must not be empty'),
  year: z.number().int('year must be a whole number').min(1450, 'year must be 1450 or later').max(thisYear, `year must not be after ${thisYear}`),
  genre: z.string().trim().min(1, 'genre must not be empty'),
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
