import type { Request, Response } from 'express';
import { z } from 'zod';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { HttpError, parseOr400 } from '../middleware/errors.js';
import * as books from '../models/books.js';

const MAX_LIMIT = 100;

/** The sort whitelist: every value a client may send, and what it means. A leading "-" is descending. */
const SORTS = {
  id: { column: 'id', descending: false },
  title: { column: 'title', descending: false },
  '-title': { column: 'title', descending: true },
  year: { column: 'year', descending: false },
  '-year': { column: 'year', descending: true },
} satisfies Record<string, books.Sort>;
const SORT_NAMES = Object.keys(SORTS) as [keyof typeof SORTS, ...(keyof typeof SORTS)[]];

/** Everything GET /books understands in its query string; anything else there is ignored. */
const ListQuerySchema = z.object({
  author: z.string().min(1).optional(),
  genre: z.string().min(1).optional(),
  yearFrom: z.coerce.number().int().optional(),
  yearTo: z.coerce.number().int().optional(),
  // Only a name from SORTS: anything else is a 400 and never gets near the SQL.
  sort: z.enum(SORT_NAMES).default('id'),
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(20),
  cursor: z.string().optional(),
});

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

export function list(req: Request, res: Response) {
  const { sort: sortName, limit, cursor, ...filter } = parseOr400(ListQuerySchema, req.query, 'query parameter');
  const sort: books.Sort = SORTS[sortName];
  const after = cursor === undefined ? undefined : decodeCursor(cursor);
  // One row more than the page: if it exists, there is a next page.
  const rows = books.findPage(filter, sort, limit + 1, after);
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const nextCursor = rows.length > limit && last ? encodeCursor({ value: last[sort.column], id: last.id }) : null;
  res.json({ items, nextCursor });
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
