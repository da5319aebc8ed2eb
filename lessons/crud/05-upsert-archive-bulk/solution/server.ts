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

const insertBook = db.prepare('INSERT INTO books (isbn, title, author, year) VALUES (@isbn, @title, @author, @year) RETURNING *');

const ArchivedFilter = z.enum(['true', 'false']).default('false');

// The shelf by default; ?archived=true shows what was archived instead.
app.get('/books', (req, res) => {
  const archived = ArchivedFilter.safeParse(req.query.archived);
  if (!archived.success) {
    res.status(400).json({ error: 'archived must be true or false' });
    return;
  }
  const rows = archived.data === 'true'
    ? db.prepare('SELECT * FROM books WHERE archived_at IS NOT NULL ORDER BY id').all()
    : db.prepare('SELECT * FROM books WHERE archived_at IS NULL ORDER BY id').all();
  res.json((rows as BookRow[]).map(toJson));
});

// An archived book is gone for every route except the archive list and restore.
app.get('/books/:id', (req, res) => {
  const row = db.prepare('SELECT * FROM books WHERE id = ? AND archived_at IS NULL').get(req.params.id) as BookRow | undefined;
  if (!row) return sendNotFound(res, req.params.id);
  res.json(toJson(row));
});

app.post('/books', (req, res) => {
  const parsed = BookInput.safeParse(req.body);
  if (!parsed.success) return sendInvalid(res, parsed.error);
  try {
    const row = insertBook.get(parsed.data) as BookRow;
    res.status(201).location(`/books/${row.id}`).json(toJson(row));
  } catch (error) {
    if (!isDuplicateIsbn(error)) throw error;
    res.status(409).json({ error: `A book with ISBN ${parsed.data.isbn} is already in the catalogue` });
  }
});

// One statement, so SQLite decides between INSERT and UPDATE with the UNIQUE index on isbn:
// two requests for the same new ISBN can never both insert. The WHERE leaves an archived book
// alone; the statement then returns no row.
const upsertByIsbn = db.prepare(`
  INSERT INTO books (isbn, title, author, year) VALUES (@isbn, @title, @author, @year)
  ON CONFLICT (isbn) DO UPDATE SET title = excluded.title, author = excluded.author, year = excluded.year
    WHERE archived_at IS NULL
  RETURNING *`);

// The read only picks the status code (201 or 200); the transaction keeps any other write
// from slipping in between it and the upsert.
const putByIsbn = db.transaction((book: BookInput) => {
  const existed = db.prepare('SELECT 1 FROM books WHERE isbn = ?').get(book.isbn) !== undefined;
  const row = upsertByIsbn.get(book) as BookRow | undefined;
  return { existed, row };
});

// The ISBN names the book, so a client can say "this is the book 978…" without knowing our id.
app.put('/books/isbn/:isbn', (req, res) => {
  const { isbn } = req.params;
  const sentIsbn: unknown = req.body?.isbn;
  if (sentIsbn !== undefined && sentIsbn !== isbn) {
    // The request contradicts itself, whatever the catalogue holds: a bad request, not a conflict.
    res.status(400).json({ error: `The body's isbn (${String(sentIsbn)}) differs from the isbn in the path (${isbn})` });
    return;
  }
  const parsed = BookInput.safeParse({ ...req.body, isbn });
  if (!parsed.success) return sendInvalid(res, parsed.error);

  const { existed, row } = putByIsbn(parsed.data);
  if (!row) {
    res.status(409).json({ error: `The book with ISBN ${isbn} is archived: restore it with POST /books/:id/restore first` });
    return;
  }
  res.status(existed ? 200 : 201).json(toJson(row));
});

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
      .prepare(`UPDATE books SET ${assignments} WHERE id = @id AND archived_at IS NULL RETURNING *`)
      .get({ ...parsed.data, id: req.params.id }) as BookRow | undefined;
    if (!row) return sendNotFound(res, req.params.id);
    res.json(toJson(row));
  } catch (error) {
    if (!isDuplicateIsbn(error)) throw error;
    res.status(409).json({ error: `A book with ISBN ${parsed.data.isbn} is already in the catalogue` });
  }
});

// Archive instead of removing: the row stays, so its history is kept and a restore can undo it.
// Archiving twice keeps the first date: an archived book is not found any more.
app.delete('/books/:id', (req, res) => {
  const { changes } = db
    .prepare("UPDATE books SET archived_at = datetime('now') WHERE id = ? AND archived_at IS NULL")
    .run(req.params.id);
  if (changes === 0) return sendNotFound(res, req.params.id);
  res.status(204).end();
});

app.post('/books/:id/restore', (req, res) => {
  const row = db
    .prepare('UPDATE books SET archived_at = NULL WHERE id = ? AND archived_at IS NOT NULL RETURNING *')
    .get(req.params.id) as BookRow | undefined;
  if (row) {
    res.json(toJson(row));
    return;
  }
  const exists = db.prepare('SELECT 1 FROM books WHERE id = ?').get(req.params.id);
  if (!exists) return sendNotFound(res, req.params.id);
  res.status(409).json({ error: `Book ${req.params.id} is not archived` });
});

const MAX_BATCH = 100;
const Batch = z.array(BookInput).min(1, 'send at least one book').max(MAX_BATCH, `send at most ${MAX_BATCH} books at once`);

/** A 400 for a batch: which book (its index, from 0) and which of its fields is wrong. */
function sendInvalidBatch(res: Response, error: z.ZodError) {
  res.status(400).json({
    error: 'Invalid batch: nothing was saved',
    issues: error.issues.map(({ path: [index, ...field], message }) => ({ index, field: field.join('.'), message })),
  });
}

/** A taken ISBN, with the book's place in the batch so the 409 can name it. */
class DuplicateIsbnError extends Error {
  constructor(readonly index: number, readonly isbn: string) {
    super(`Book ${index} has ISBN ${isbn}, which is already in the catalogue or earlier in the batch: nothing was saved`);
  }
}

function insertBatchItem(book: BookInput, index: number): BookRow {
  try {
    return insertBook.get(book) as BookRow;
  } catch (error) {
    if (isDuplicateIsbn(error)) throw new DuplicateIsbnError(index, book.isbn);
    throw error;
  }
}

// db.transaction runs the function between BEGIN and COMMIT. When it throws, SQLite rolls back
// every insert it made, so a refused batch leaves the table as it was.
const insertBatch = db.transaction((books: BookInput[]) => books.map(insertBatchItem));

app.post('/books/bulk', (req, res) => {
  const parsed = Batch.safeParse(req.body);
  if (!parsed.success) return sendInvalidBatch(res, parsed.error);
  try {
    res.status(201).json(insertBatch(parsed.data).map(toJson));
  } catch (error) {
    if (!(error instanceof DuplicateIsbnError)) throw error;
    res.status(409).json({ error: error.message, index: error.index, isbn: error.isbn });
  }
});

app.listen(port, () => {
  console.log(`Book catalogue API listening on http://localhost:${port}`);
});
