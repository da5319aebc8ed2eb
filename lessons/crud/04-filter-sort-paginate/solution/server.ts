import express from 'express';
import { errorHandler } from './errors.js';
import { booksRouter } from './routes/books.js';

// The app tells your server which port to listen on; db.ts opens the lesson database.
const port = Number(process.env.PORT ?? 3000);

const app = express();
app.use(express.json());
app.use('/books', booksRouter);
// Last, so it catches what every route above throws.
app.use(errorHandler);

app.listen(port, () => {
  console.log(`Book catalogue listening on http://localhost:${port}`);
});
