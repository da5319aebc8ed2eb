import type { Check, Tester } from 'backend-sandbox/checks';
import { busiestAuthor, COLUMNS, expectBadParameter, expectPage, genreAndYears, getPage, pathFor, type CatalogueBook, type Page } from '../../catalogue-checks.js';

/** Books of the first or last year missing, and only those: the filter left out the years it was given. */
function expectYearsIncluded(t: Tester, page: Page, expected: CatalogueBook[], request: string, years: number[]): void {
  const answered = new Set(page.items.map((book) => book.id));
  const missing = expected.filter((book) => !answered.has(book.id));
  if (missing.length > 0 && missing.every((book) => years.includes(book.year))) {
    t.fail(`${request} left out book ${missing[0]!.id} from ${missing[0]!.year}, a year it asked for. yearFrom and yearTo include the years themselves: use year >= ? and year <= ?, not > and <.`);
  }
}

const checks: Check[] = [
  {
    name: "GET /books?author= answers only that author's books",
    run: async (t) => {
      const author = busiestAuthor(t);
      const query = { author, limit: 100 };
      const page = await getPage(t, query);
      const expected = t.db.all<CatalogueBook>(`SELECT ${COLUMNS} FROM books WHERE author = ? ORDER BY id LIMIT 100`, author);
      expectPage(t, page, expected, `GET ${pathFor(query)}`);
    },
  },
  {
    name: 'GET /books?genre=&yearFrom=&yearTo= answers the books of that genre in those years, both years included',
    run: async (t) => {
      const { genre, yearFrom, yearTo } = genreAndYears(t, 150);
      const query = { genre, yearFrom, yearTo, limit: 100 };
      const page = await getPage(t, query);
      const expected = t.db.all<CatalogueBook>(`SELECT ${COLUMNS} FROM books WHERE genre = ? AND year BETWEEN ? AND ? ORDER BY id LIMIT 100`, genre, yearFrom, yearTo);
      expectYearsIncluded(t, page, expected, `GET ${pathFor(query)}`, [yearFrom, yearTo]);
      expectPage(t, page, expected, `GET ${pathFor(query)}`);

      const untilQuery = { yearTo: yearFrom, limit: 50 };
      const until = await getPage(t, untilQuery);
      const untilExpected = t.db.all<CatalogueBook>(`SELECT ${COLUMNS} FROM books WHERE year <= ? ORDER BY id LIMIT 50`, yearFrom);
      expectYearsIncluded(t, until, untilExpected, `GET ${pathFor(untilQuery)}`, [yearFrom]);
      expectPage(t, until, untilExpected, `GET ${pathFor(untilQuery)}`);
    },
  },
  {
    name: 'An author with an apostrophe in the name is found like any other',
    run: async (t) => {
      const author = t.db.get<{ author: string }>("SELECT author FROM books WHERE instr(author, '''') > 0 ORDER BY id LIMIT 1")?.author;
      if (author === undefined) return t.fail("No author in the books table has an apostrophe in the name (like O'Neill). Reset the lesson database to get the catalogue back.");
      const query = { author, limit: 30 };
      const res = await t.http.get(pathFor(query));
      if (res.status === 500) {
        t.fail(`GET ${pathFor(query)} answered 500. The apostrophe in ${author} ended the SQL string early: the value was glued into the SQL text. Put a ? in the SQL and pass the value as a parameter.`);
      }
      const page = await getPage(t, query);
      expectPage(t, page, t.db.all<CatalogueBook>(`SELECT ${COLUMNS} FROM books WHERE author = ? ORDER BY id LIMIT 30`, author), `GET ${pathFor(query)}`);
    },
  },
  {
    name: "A filter value stays a value: ?author=' OR '1'='1 finds no books",
    run: async (t) => {
      const author = "' OR '1'='1";
      if (t.db.count('books', 'author = ?', author) > 0) t.fail(`The books table has a book by the author ${author}; delete it or reset the lesson database.`);
      const query = { author };
      const res = await t.http.get(pathFor(query));
      if (res.status === 500) t.fail(`GET ${pathFor(query)} answered 500: the quote in the value broke your SQL, so the value was glued into the SQL text. Put a ? in the SQL and pass the value as a parameter.`);
      const page = await getPage(t, query);
      if (page.items.length > 0) {
        t.fail(`GET ${pathFor(query)} answered ${page.items.length} books, but no author has that name. The value became part of your SQL (WHERE author = '' OR '1'='1' is true for every row): put a ? in the SQL and pass the value as a parameter.`);
      }
    },
  },
  {
    name: 'A year that is not a number answers 400 naming the parameter',
    run: async (t) => {
      await expectBadParameter(t, { yearFrom: 'abc' }, 'yearFrom', 'a yearFrom that is not a number');
      await expectBadParameter(t, { yearTo: 'soon' }, 'yearTo', 'a yearTo that is not a number');
    },
  },
];

export default checks;
