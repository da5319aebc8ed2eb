import express, { type Response } from 'express';
import Database from 'better-sqlite3';
import { z } from 'zod';

// The app tells your server which port to listen on and where the lesson database is.
const port = Number(process.env.PORT ?? 3000);
const db = new Database(process.env.DATABASE_PATH ?? 'books.db');

const app = express();
app.use(express.json());

/** A row of the books table, as SQLite gives it back. */
interface BookRow {
  id: number;
  isbn: string;
  title: string;
  author: string;
  year: number;
  archived_at: string | null;
}

/** What the API sends: the columns, with names in camelCase as JSON usually has them. */
function toJson(row: BookRow) {
  return { id: row.id, isbn: row.isbn, title: row.title, author: row.author, year: row.year, archivedAt: row.archived_at };
}

const thisYear = new Date().getFullYear();

/** The fields a client sends for a book. */
const BookInput = z.object({
  isbn: z.string().regex(/^(\d{10}|\d{13})$/, 'isbn must be 10 or 13 digits'),
  title: z.string().trim().min(1, 'title must not be empty'),
  author: z.string().trim().min(1, 'author must not be empty'),
  year: z.number().int('year must be a whole number').min(1450, 'year must be 1450 or later').max(thisYear, `year must not be after ${thisYear}`),
});
type BookInput = z.infer<typeof BookInput>;

/** A 400 that names every field that is wrong, so the client can fix its request. */
function sendInvalid(res: Response, error: z.ZodError) {
  res.status(400).json({
    error: 'Invalid book',
    issues: error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })),
  });
}

function sendNotFound(res: Response, id: string) {
  res.status(404).json({ error: `There is no book with id ${id}` });
}

/** SQLite refused a second row with the same ISBN: the isbn column is UNIQUE. */
function isDuplicateIsbn(error: unknown): boolean {
  return error instanceof Database.SqliteError && error.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

// Step 2: archived books are gone for clients: hide them here, in GET /books/:id and in PATCH.
app.get('/books', (req, res) => {
  const rows = db.prepare('SELECT * FROM books ORDER BY id').all() as BookRow[];
  res.json(rows.map(toJson));
});

// Step 3: GET /books?archived=true lists the archived books instead.

app.get('/books/:id', (req, res) => {
  const row = db.prepare('SELECT * FROM books WHERE id = ?').get(req.params.id) as BookRow | undefined;
  if (!row) return sendNotFound(res, req.params.id);
  res.json(toJson(row));
});

app.post('/books', (req, res) => {
  const parsed = BookInput.safeParse(req.body);
  if (!parsed.success) return sendInvalid(res, parsed.error);
  try {
    const row = db
      .prepare('INSERT INTO books (isbn, title, author, year) VALUES (@isbn, @title, @author, @year) RETURNING *')
      .get(parsed.data) as BookRow;
    res.status(201).location(`/books/${row.id}`).json(toJson(row));
  } catch (error) {
    if (!isDuplicateIsbn(error)) throw error;
    res.status(409).json({ error: `A book with ISBN ${parsed.data.isbn} is already in the catalogue` });
  }
});

// Step 1: PUT /books/isbn/:isbn creates the book with that ISBN (201) or updates it (200).

app.patch('/books/:id', (req, res) => {
  const parsed = BookInput.partial().safeParse(req.body);
  if (!parsed.success) return sendInvalid(res, parsed.error);
  const fields = Object.keys(parsed.data) as (keyof BookInput)[];
  if (fields.length === 0) {
    res.status(400).json({ error: 'Send at least one of isbn, title, author, year' });
    return;
  }
  // Only the fields the client sent; their names come from the schema, never from the request.
  const assignments = fields.map((field) => `${field} = @${field}`).join(', ');
  try {
    const row = db
      .prepare(`UPDATE books SET ${assignments} WHERE id = @id RETURNING *`)
      .get({ ...parsed.data, id: req.params.id }) as BookRow | undefined;
    if (!row) return sendNotFound(res, req.params.id);
    res.json(toJson(row));
  } catch (error) {
    if (!isDuplicateIsbn(error)) throw error;
    res.status(409).json({ error: `A book with ISBN ${parsed.data.isbn} is already in the catalogue` });
  }
});

// Step 2: DELETE archives the book (sets archived_at) instead of removing the row.
app.delete('/books/:id', (req, res) => {
  const { changes } = db.prepare('DELETE FROM books WHERE id = ?').run(req.params.id);
  if (changes === 0) return sendNotFound(res, req.params.id);
  res.status(204).end();
});

// Step 3: POST /books/:id/restore puts an archived book back on the shelf.

// Step 4: POST /books/bulk creates many books at once: all of them, or none.

app.listen(port, () => {
  console.log(`Book catalogue API listening on http://localhost:${port}`);
});
