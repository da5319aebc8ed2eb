/**
 * The book catalogue API as the previous lesson left it: every route reads the request, checks
 * it, runs its SQL and writes the answer, all in this one file. It works. In this lesson you split
 * it into files that each do one job, without changing a single answer it gives.
 */
import express, { type Response } from 'express';
import Database from 'better-sqlite3';
import { z } from 'zod';

// Step 1: the connection moves to db.ts, and every SQL statement into models/books.ts.
const db = new Database(process.env.DATABASE_PATH ?? 'books.db');

const app = express();
app.use(express.json());

interface Book {
  id: number;
  isbn: string;
  title: string;
  author: string;
  year: number;
}

// Step 2: the schemas, the helpers and the handlers move to controllers/books.ts,
// and the routes onto an express.Router() in routes/books.ts.
const thisYear = new Date().getFullYear();

const BookInput = z.object({
  isbn: z.string().regex(/^(\d{10}|\d{13})$/, 'isbn must be 10 or 13 digits'),
  title: z.string().trim().min(1, 'title must not be empty'),
  author: z.string().trim().min(1, 'author must not be empty'),
  year: z.number().int('year must be a whole number').min(1450, 'year must be 1450 or later').max(thisYear, `year must not be after ${thisYear}`),
});

// A PATCH may leave any field out.
const BookChanges = BookInput.partial();

function sendNotFound(res: Response, id: string): void {
  res.status(404).json({ error: `There is no book with id ${id}` });
}

/** The body when the schema accepts it; otherwise a 400 that names every wrong field, and undefined. */
function validBody<T>(schema: z.ZodType<T>, body: unknown, res: Response): T | undefined {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({ field: issue.path.join('.') || 'body', message: issue.message }));
  res.status(400).json({ error: 'The book is not valid', issues });
  return undefined;
}

/** Runs a write; when the ISBN belongs to another book, SQLite's UNIQUE rule refuses it and the answer is 409. */
function writeUnlessIsbnTaken(res: Response, isbn: string, write: () => Book): Book | undefined {
  try {
    return write();
  } catch (error) {
    if (!(error instanceof Database.SqliteError && error.code === 'SQLITE_CONSTRAINT_UNIQUE')) throw error;
    res.status(409).json({ error: `Another book already has the ISBN ${isbn}` });
    return undefined;
  }
}

function findBook(id: string): Book | undefined {
  return db.prepare('SELECT id, isbn, title, author, year FROM books WHERE id = ?').get(id) as Book | undefined;
}

function saveBook(res: Response, book: Book): void {
  const saved = writeUnlessIsbnTaken(res, book.isbn, () =>
    db.prepare('UPDATE books SET isbn = @isbn, title = @title, author = @author, year = @year WHERE id = @id RETURNING id, isbn, title, author, year').get(book) as Book,
  );
  if (saved) res.json(saved);
}

app.get('/books', (req, res) => {
  res.json(db.prepare('SELECT id, isbn, title, author, year FROM books ORDER BY id').all());
});

app.get('/books/:id', (req, res) => {
  const book = findBook(req.params.id);
  if (!book) return sendNotFound(res, req.params.id);
  res.json(book);
});

app.post('/books', (req, res) => {
  const input = validBody(BookInput, req.body, res);
  if (!input) return;
  const book = writeUnlessIsbnTaken(res, input.isbn, () =>
    db.prepare('INSERT INTO books (isbn, title, author, year) VALUES (@isbn, @title, @author, @year) RETURNING id, isbn, title, author, year').get(input) as Book,
  );
  if (book) res.status(201).location(`/books/${book.id}`).json(book);
});

app.put('/books/:id', (req, res) => {
  const existing = findBook(req.params.id);
  if (!existing) return sendNotFound(res, req.params.id);
  const input = validBody(BookInput, req.body, res);
  if (input) saveBook(res, { ...input, id: existing.id });
});

app.patch('/books/:id', (req, res) => {
  const existing = findBook(req.params.id);
  if (!existing) return sendNotFound(res, req.params.id);
  const changes = validBody(BookChanges, req.body, res);
  if (changes) saveBook(res, { ...existing, ...changes });
});

app.delete('/books/:id', (req, res) => {
  const { changes } = db.prepare('DELETE FROM books WHERE id = ?').run(req.params.id);
  if (changes === 0) return sendNotFound(res, req.params.id);
  res.status(204).end();
});

// Step 3: requests no route matched, and every error, answer JSON (middleware/errors.ts).
// Step 4: an error nobody planned for answers 500, without your stack trace.

app.listen(Number(process.env.PORT ?? 3000));
