import type { Check } from 'backend-sandbox/checks';
import { z } from 'zod';
import { newBook } from '../../../books-checks.js';
import {
  busiestAuthor,
  COLUMNS,
  expectBadParameter,
  expectEveryBookOnce,
  expectPage,
  expectedIds,
  genreAndYears,
  getPage,
  pathFor,
  walkPages,
  type CatalogueBook,
} from '../../catalogue-checks.js';

const checks: Check[] = [
  {
    name: "Walking every page of an author's books, newest first, gives each book once, in order",
    run: async (t) => {
      const author = busiestAuthor(t);
      const query = { author, sort: '-year', limit: 40 };
      const expected = expectedIds(t, 'author = ?', [author], '-year');
      const walk = await walkPages(t, query, expected.length);
      expectEveryBookOnce(t, walk, expected, pathFor(query), '-year');
    },
  },
  {
    name: 'Walking every page of a genre and years by title gives each book once, in order',
    run: async (t) => {
      const { genre, yearFrom, yearTo } = genreAndYears(t, 200);
      const query = { genre, yearFrom, yearTo, sort: 'title', limit: 25 };
      const expected = expectedIds(t, 'genre = ? AND year BETWEEN ? AND ?', [genre, yearFrom, yearTo], 'title');
      const walk = await walkPages(t, query, expected.length);
      expectEveryBookOnce(t, walk, expected, pathFor(query), 'title');
    },
  },
  {
    name: 'A book added before the cursor does not shift the next page',
    run: async (t) => {
      const author = busiestAuthor(t);
      const query = { author, sort: 'year', limit: 10 };
      const first = await getPage(t, query);
      const last = first.items.at(-1);
      if (!last || first.nextCursor === null) return t.fail(`GET ${pathFor(query)} answered no nextCursor, though this author has more than 10 books.`);

      // Older than every book of this author: it sorts onto page 1, which the client has already read.
      const { year } = t.db.get<{ year: number }>('SELECT MIN(year) AS year FROM books WHERE author = ?', author)!;
      const added = await t.http.post('/books', { json: { ...newBook({ author, year: year - 1 }), genre: 'history' } });
      added.expectStatus(201);
      const { id: addedId } = added.expectJson(z.object({ id: z.number() }), 'the new book');

      const second = await getPage(t, { ...query, cursor: first.nextCursor });
      if (second.items[0]?.id === last.id) {
        t.fail(`After book ${addedId} was added in front of page 1, page 2 started with book ${last.id}, the last book of page 1, again. Your cursor counts how many books to skip (like OFFSET), so every book added before it shifts the pages. Make the cursor remember the last book's year and id, and start after them.`);
      }
      const expected = t.db.all<CatalogueBook>(`SELECT ${COLUMNS} FROM books WHERE author = ? AND (year, id) > (?, ?) ORDER BY year, id LIMIT 10`, author, last.year, last.id);
      expectPage(t, second, expected, `Page 2 (after book ${last.id}) of GET ${pathFor(query)}, once book ${addedId} was added before it,`);
    },
  },
  {
    name: 'A cursor the API never gave out answers 400 naming cursor',
    run: async (t) => {
      await expectBadParameter(t, { cursor: 'nonsense' }, 'cursor', 'a made-up cursor');
    },
  },
];

export default checks;
