/** The books routes: which controller answers which method and path. Mounted at /books in server.ts. */
import { Router } from 'express';
import * as books from '../controllers/books.js';

export const booksRouter = Router();

booksRouter.get('/', books.list);
booksRouter.get('/:id', books.show);
booksRouter.post('/', books.create);
