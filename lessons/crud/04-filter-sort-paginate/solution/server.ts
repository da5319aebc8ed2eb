/**
 * The server only puts the pieces together, as in the last lesson: models/books.ts stores the
 * books, controllers/books.ts answers requests, routes/books.ts maps paths to them, and
 * middleware/errors.ts answers every error.
 */
import express from 'express';
import { errorHandler, notFound } from './middleware/errors.js';
import { booksRouter } from './routes/books.js';

// The app tells your server which port to listen on; db.ts opens the lesson database.
const port = Number(process.env.PORT ?? 3000);

const app = express();
app.use(express.json());
app.use('/books', booksRouter);

// Order matters: these two come after every route.
app.use(notFound);
app.use(errorHandler);

app.listen(port, () => {
  console.log(`Book catalogue listening on http://localhost:${port}`);
});
