import type { Request, Response } from 'express';
import { z } from 'zod';
import { HttpError, parseOr400 } from '../errors.js';
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
export function listBooks(req: Request, res: Response) {
  res.json(books.findAll());
}

export function showBook(req: Request, res: Response) {
  const id = parseOr400(IdSchema, req.params.id, 'id');
  const book = books.findById(id);
  if (!book) throw new HttpError(404, `There is no book with id ${id}`);
  res.json(book);
}

export function createBook(req: Request, res: Response) {
  const input = parseOr400(NewBookSchema, req.body, 'book');
  try {
    const book = books.insert(input);
    res.status(201).location(`/books/${book.id}`).json(book);
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw new HttpError(409, `A book with ISBN ${input.isbn} already exists`);
    throw error;
  }
}
