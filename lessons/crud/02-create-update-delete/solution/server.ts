import express, { type Response } from 'express';
import Database from 'better-sqlite3';
import { z } from 'zod';

interface Book {
  id: number;
  isbn: string;
  title: string;
  author: string;
  year: number;
}

// The app tells your server which port to listen on and where the lesson database is.
const port = Number(process.env.PORT ?? 3000);
const db = new Database(process.env.DATABASE_PATH ?? 'books.db');

const app = express();

// Reads JSON request bodies into req.body. In Express 5, req.body is undefined when a request has no JSON body.
app.use(express.json());

const thisYear = new Date().getFullYear();

// A valid book, as a client sends it. No id: the database picks it.
const BookInput = z.object({
  isbn: z.string().regex(/^(\d{10}|\d{13})$/, 'isbn must be 10 or 13 digits, like "9780141439518"'),
  title: z.string().trim().min(1, 'title must not be empty'),
  author: z.string().trim().min(1, 'author must not be empty'),
  year: z.number().int('year must be a whole number').min(1450, 'year must be 1450 or later').max(thisYear, `year must not be after ${thisYear}`),
});

// The same rules for a PATCH, where every field may be left out.
const BookChanges = BookInput.partial();

const insertBook = db.prepare(
  'INSERT INTO books (isbn, title, author, year) VALUES (@isbn, @title, @author, @year) RETURNING id, isbn, title, author, year',
);
const updateBook = db.prepare(
  'UPDATE books SET isbn = @isbn, title = @title, author = @author, year = @year WHERE id = @id RETURNING id, isbn, title, author, year',
);

function findBook(id: string): Book | undefined {
  return db.prepare('SELECT id, isbn, title, author, year FROM books WHERE id = ?').get(id) as Book | undefined;
}

function sendNotFound(res: Response, id: string): void {
  res.status(404).json({ error: `There is no book with id ${id}` });
}

/** The book with that id; when there is none, answers 404 and gives undefined. */
function findBookOr404(id: string, res: Response): Book | undefined {
  const book = findBook(id);
  if (!book) sendNotFound(res, id);
  return book;
}

/** The body if the schema accepts it; otherwise answers 400 naming every wrong field, and gives undefined. */
function parseOr400<T>(schema: z.ZodType<T>, body: unknown, res: Response): T | undefined {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  res.status(400).json({
    error: 'The book is not valid',
    issues: result.error.issues.map((issue) => ({ field: issue.path.join('.') || 'body', message: issue.message })),
  });
  return undefined;
}

/**
 * Runs a write that may hit the UNIQUE rule on isbn. A taken ISBN is not a crash (500) nor a bad
 * request (400): the request conflicts with a book that exists, so it answers 409 and gives undefined.
 */
function saveUnlessIsbnTaken(res: Response, isbn: string, write: () => Book): Book | undefined {
  try {
    return write();
  } catch (error) {
    if (!(error instanceof Database.SqliteError && error.code === 'SQLITE_CONSTRAINT_UNIQUE')) throw error;
    res.status(409).json({ error: `Another book already has the ISBN ${isbn}` });
    return undefined;
  }
}

/** Writes every field of `book` to its own row (WHERE id = …) and answers 200 with the result. */
function updateAndAnswer(res: Response, book: Book): void {
  const saved = saveUnlessIsbnTaken(res, book.isbn, () => updateBook.get(book) as Book);
  if (saved) res.json(saved);
}

app.get('/books', (req, res) => {
  const books = db.prepare('SELECT id, isbn, title, author, year FROM books ORDER BY id').all() as Book[];
  res.json(books);
});

app.get('/books/:id', (req, res) => {
  const book = findBookOr404(req.params.id, res);
  if (book) res.json(book);
});

app.post('/books', (req, res) => {
  const input = parseOr400(BookInput, req.body, res);
  if (!input) return;
  const book = saveUnlessIsbnTaken(res, input.isbn, () => insertBook.get(input) as Book);
  if (!book) return;
  // 201 Created, and where the new book lives from now on.
  res.status(201).location(`/books/${book.id}`).json(book);
});

// PUT replaces the whole book: the body is a complete book, like for POST.
app.put('/books/:id', (req, res) => {
  const existing = findBookOr404(req.params.id, res);
  if (!existing) return;
  const input = parseOr400(BookInput, req.body, res);
  if (!input) return;
  updateAndAnswer(res, { ...input, id: existing.id });
});

// PATCH changes only the fields it sends: start from the book as it is and lay the changes over it.
app.patch('/books/:id', (req, res) => {
  const existing = findBookOr404(req.params.id, res);
  if (!existing) return;
  const changes = parseOr400(BookChanges, req.body, res);
  if (!changes) return;
  updateAndAnswer(res, { ...existing, ...changes });
});

app.delete('/books/:id', (req, res) => {
  const { changes } = db.prepare('DELETE FROM books WHERE id = ?').run(req.params.id);
  if (changes === 0) {
    sendNotFound(res, req.params.id);
    return;
  }
  // 204 No Content: it worked, and there is nothing left to send.
  res.status(204).end();
});

app.listen(port, () => {
  console.log(`Book API listening on http://localhost:${port}`);
});
