import express from 'express';
import Database from 'better-sqlite3';

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

// Step 2: describe a valid book with zod here, so every route that receives one can check it.

app.get('/books', (req, res) => {
  const books = db.prepare('SELECT id, isbn, title, author, year FROM books ORDER BY id').all() as Book[];
  res.json(books);
});

app.get('/books/:id', (req, res) => {
  const book = db.prepare('SELECT id, isbn, title, author, year FROM books WHERE id = ?').get(req.params.id) as Book | undefined;
  if (!book) {
    res.status(404).json({ error: `There is no book with id ${req.params.id}` });
    return;
  }
  res.json(book);
});

// Step 1: POST /books saves a new book and answers 201 with it and a Location header.
// Step 2: ... but first checks the body, and answers 400 naming the wrong fields.
// Step 3: ... and answers 409 when another book already has that ISBN.

// Step 4: PUT /books/:id replaces the whole book and answers 200 with it.

// Step 5: PATCH /books/:id changes only the fields the client sent.

// Step 6: DELETE /books/:id removes the book and answers 204, or 404 when there is no such book.

app.listen(port, () => {
  console.log(`Book API listening on http://localhost:${port}`);
});
