import { Router } from 'express';
import { createBook, listBooks, showBook } from '../controllers/books.js';

export const booksRouter = Router();

booksRouter.get('/', listBooks);
booksRouter.get('/:id', showBook);
booksRouter.post('/', createBook);
