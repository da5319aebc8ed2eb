/**
 * The server: it only puts the pieces together. To see how books are stored, open
 * models/books.ts; how a request is answered, controllers/books.ts; which path goes where,
 * routes/books.ts; how errors are answered, middleware/errors.ts.
 */
import express from 'express';
import { errorHandler, notFound } from './middleware/errors.js';
import { booksRouter } from './routes/books.js';

const app = express();
app.use(express.json());

app.use('/books', booksRouter);

// Order matters: these two come after every route.
app.use(notFound);
app.use(errorHandler);

app.listen(Number(process.env.PORT ?? 3000));
