/**
 * What the steps of "Reading well" share: the page shape `{ items, nextCursor }`, the SQL that says
 * which books a query should answer with (so every check compares with the database, never with
 * the seed), walking every page of a list, and 400s that name the query parameter.
 */
import type { Tester } from 'backend-sandbox/checks';
import { z } from 'zod';
import { BookSchema, ErrorBodySchema } from '../books-checks.js';

/** A book of this lesson: the track's book plus its genre. Extra fields are fine. */
export const CatalogueBookSchema = BookSchema.extend({ genre: z.string() });
export type CatalogueBook = z.infer<typeof CatalogueBookSchema>;

export const PageSchema = z.object({ items: z.array(CatalogueBookSchema), nextCursor: z.string().min(1).nullable() }).loose();
export type Page = z.infer<typeof PageSchema>;

const PAGE_SHAPE = 'a page like { "items": [ …books ], "nextCursor": null }';

/** The columns a check reads, in the order comparable() gives them. */
export const COLUMNS = 'id, isbn, title, author, year, genre';

export const MAX_LIMIT = 100;

export function comparable(book: CatalogueBook): CatalogueBook {
  return { id: book.id, isbn: book.isbn, title: book.title, author: book.author, year: book.year, genre: book.genre };
}

export type Query = Record<string, string | number>;

export function pathFor(query: Query): string {
  const params = new URLSearchParams(Object.entries(query).map(([name, value]) => [name, String(value)])).toString();
  return params === '' ? '/books' : `/books?${params}`;
}

/** Asks for one page and insists on the page shape. */
export async function getPage(t: Tester, query: Query): Promise<Page> {
  const res = await t.http.get(pathFor(query));
  res.expectStatus(200);
  return res.expectJson(PageSchema, PAGE_SHAPE);
}

/** The sorts the lesson asks for; a leading "-" is descending and ties go by id the same way. */
export type SortName = 'id' | 'title' | '-title' | 'year' | '-year';

export function orderBy(sort: SortName): string {
  const column = sort.replace('-', '');
  const direction = sort.startsWith('-') ? 'DESC' : 'ASC';
  return `ORDER BY ${column} ${direction}, id ${direction}`;
}

/** The sort value a cursor has to remember for `sort`. */
export function sortValue(book: CatalogueBook, sort: SortName): string | number {
  const column = sort.replace('-', '') as 'id' | 'title' | 'year';
  return book[column];
}

/** The author with the most books: a list worth several pages. */
export function busiestAuthor(t: Tester): string {
  const row = t.db.get<{ author: string; count: number }>('SELECT author, COUNT(*) AS count FROM books GROUP BY author ORDER BY count DESC, author LIMIT 1');
  if (!row || row.count < 50) {
    t.fail(`No author in the books table has 50 books (the busiest has ${row?.count ?? 0}); these checks page through one author's books. Reset the lesson database to get the catalogue back.`);
  }
  return row.author;
}

/** The most common genre and a span of years holding at least `atLeast` of its books: a filter of a few hundred matches. */
export function genreAndYears(t: Tester, atLeast: number): { genre: string; yearFrom: number; yearTo: number; count: number } {
  const genre = t.db.get<{ genre: string }>('SELECT genre FROM books GROUP BY genre ORDER BY COUNT(*) DESC, genre LIMIT 1')?.genre;
  if (genre === undefined) t.fail('The books table is empty. Reset the lesson database to get the catalogue back.');
  const years = t.db.all<{ year: number; count: number }>('SELECT year, COUNT(*) AS count FROM books WHERE genre = ? GROUP BY year ORDER BY year', genre);
  // Start in the middle of the genre's years, so the span has books on both sides of it.
  const start = Math.floor(years.length / 3);
  let count = 0;
  for (let i = start; i < years.length; i++) {
    count += years[i]!.count;
    if (count >= atLeast) return { genre, yearFrom: years[start]!.year, yearTo: years[i]!.year, count };
  }
  return t.fail(`The "${genre}" books from ${years[start]?.year} on are only ${count}; these checks need ${atLeast}. Reset the lesson database to get the catalogue back.`);
}

/** Ids of the books a filter matches, in the order `sort` asks for, read from the database. */
export function expectedIds(t: Tester, where: string, params: unknown[], sort: SortName): number[] {
  return t.db.all<{ id: number }>(`SELECT id FROM books WHERE ${where} ${orderBy(sort)}`, ...params).map((row) => row.id);
}

/** The ids and rows of a page, compared with what the database says the page holds. */
export function expectPage(t: Tester, page: Page, expected: CatalogueBook[], request: string): void {
  t.expectEqual(
    page.items.map((book) => book.id),
    expected.map((book) => book.id),
    `${request} should answer with the books (by id) the database holds for it, in that order`,
  );
  t.expectEqual(page.items.map(comparable), expected, `${request} should answer with each book as the database has it`);
}

/**
 * A bad query parameter answers 400 with a JSON error that names the parameter. A 500 or a 200
 * means the value went somewhere it should not: say so, in the learner's words.
 */
export async function expectBadParameter(t: Tester, query: Query, parameter: string, what: string): Promise<void> {
  const path = pathFor(query);
  const res = await t.http.get(path);
  if (res.status === 500) {
    t.fail(`GET ${path} (${what}) answered 500: the value reached your code or your SQL unchecked and something threw. Validate ${parameter} with zod first and answer 400.`);
  }
  if (res.status === 200) {
    t.fail(`GET ${path} (${what}) answered 200, expected 400. Check ${parameter} before you use it and refuse a value you do not accept.`);
  }
  res.expectStatus(400);
  const body = res.expectJson(ErrorBodySchema, `an error like { "error": "${parameter}: …" }`);
  if (!JSON.stringify(body).includes(parameter)) {
    t.fail(`The 400 for GET ${path} does not name the parameter "${parameter}". Say which one is wrong, e.g. { "error": "${parameter}: …" }; zod's issues carry it in their path.`);
  }
}

export interface Walk {
  /** The ids in the order the pages gave them. */
  ids: number[];
  /** For each id, the page (from 1) it came on; a repeated id keeps every page. */
  pages: Map<number, number[]>;
  /** The page whose nextCursor was null. */
  lastPage: number;
}

/**
 * Follows nextCursor from the first page to the last (nextCursor null), giving up once it has
 * read more pages than `expected` could fill with a few to spare: a cursor that never moves.
 */
export async function walkPages(t: Tester, query: Query & { limit: number }, expected: number): Promise<Walk> {
  const walk: Walk = { ids: [], pages: new Map(), lastPage: 0 };
  const maxPages = Math.ceil(expected / query.limit) + 3;
  let cursor: string | null = null;
  do {
    const page: Page = await getPage(t, cursor === null ? query : { ...query, cursor });
    walk.lastPage += 1;
    if (page.items.length > query.limit) t.fail(`Page ${walk.lastPage} of GET ${pathFor(query)} has ${page.items.length} books, more than limit=${query.limit}.`);
    for (const book of page.items) {
      walk.ids.push(book.id);
      walk.pages.set(book.id, [...(walk.pages.get(book.id) ?? []), walk.lastPage]);
    }
    if (page.nextCursor !== null && page.nextCursor === cursor) {
      t.fail(`Page ${walk.lastPage} of GET ${pathFor(query)} gave back the cursor it was asked with, so the next page would be the same one. nextCursor must point past the last book of this page.`);
    }
    cursor = page.nextCursor;
    if (walk.lastPage >= maxPages && cursor !== null) {
      t.fail(`GET ${pathFor(query)} matches ${expected} books, ${query.limit} a page, but after ${walk.lastPage} pages nextCursor is still not null. Does the next page really start after the last book of this one?`);
    }
  } while (cursor !== null);
  return walk;
}

/** Whether the book came twice in a row: last on one page and first on the next. */
function endsAndStartsAPage(walk: Walk, id: number): boolean {
  const at = walk.ids.indexOf(id);
  return walk.ids[at + 1] === id;
}

/**
 * Every matching book exactly once, in order, and nextCursor null only at the end. The messages
 * name the usual culprit: a cursor that remembers the sort value but not the id, so books that
 * share the value are repeated or skipped at a page boundary.
 */
export function expectEveryBookOnce(t: Tester, walk: Walk, expected: number[], request: string, sort: SortName): void {
  const column = sort.replace('-', '');
  const valueOf = (id: number) => t.db.get<{ value: string | number }>(`SELECT ${column} AS value FROM books WHERE id = ?`, id)?.value;
  const sharing = (id: number) => {
    const value = valueOf(id);
    const others = expected.filter((other) => other !== id && valueOf(other) === value).length;
    return { value: JSON.stringify(value), others };
  };
  const tieHint = `A cursor that holds only the ${column} cannot tell where, among books with the same ${column}, a page ended: put the last book's id in the cursor too, and start the next page after the pair (${column}, id).`;

  const repeated = [...walk.pages].find(([, pages]) => pages.length > 1);
  if (repeated) {
    const [id, pages] = repeated;
    const { value, others } = sharing(id);
    const hint = endsAndStartsAPage(walk, id)
      ? 'It ended one page and started the next: a page must start strictly after the book the cursor remembers, with < or > in the seek, not <= or >=.'
      : others > 0
        ? `Its ${column} is ${value}, like ${others} other matching book(s). ${tieHint}`
        : 'Does each page start right after the last book of the page before?';
    t.fail(`Walking every page of GET ${request}, book ${id} came ${pages.length} times (pages ${pages.join(' and ')}). ${hint}`);
  }
  const wanted = new Set(expected);
  const stray = walk.ids.find((id) => !wanted.has(id));
  if (stray !== undefined) t.fail(`Walking every page of GET ${request}, book ${stray} came, but it does not match the filter. Does the next page keep the filter?`);
  const seen = new Set(walk.ids);
  const missing = expected.filter((id) => !seen.has(id));
  if (missing.length > 0) {
    const inOrderSoFar = walk.ids.every((id, i) => expected[i] === id);
    if (inOrderSoFar) {
      t.fail(`Walking every page of GET ${request}, nextCursor was null on page ${walk.lastPage}, after ${walk.ids.length} of the ${expected.length} matching books. nextCursor should be null only when no book is left.`);
    }
    const { value, others } = sharing(missing[0]!);
    const hint = others > 0 ? `Its ${column} is ${value}, like ${others} other matching book(s). ${tieHint}` : 'Does each page start right after the last book of the page before?';
    t.fail(`Walking every page of GET ${request}, ${missing.length} of the ${expected.length} matching books never came, e.g. book ${missing[0]}. ${hint}`);
  }
  t.expectEqual(walk.ids, expected, `The pages of GET ${request}, one after the other, should list every matching book in order`);
}
