import type { Check, Tester } from 'backend-sandbox/checks';
import { busiestAuthor, COLUMNS, expectBadParameter, expectPage, getPage, orderBy, pathFor, type CatalogueBook, type SortName } from '../../catalogue-checks.js';

/** The first page of one author's books in `sort` order, compared with the same ORDER BY in SQL. */
async function expectSorted(t: Tester, sort: SortName, author: string): Promise<void> {
  const query = { author, sort, limit: 30 };
  const page = await getPage(t, query);
  const expected = t.db.all<CatalogueBook>(`SELECT ${COLUMNS} FROM books WHERE author = ? ${orderBy(sort)} LIMIT 30`, author);
  expectPage(t, page, expected, `GET ${pathFor(query)} (${orderBy(sort)})`);
}

const checks: Check[] = [
  {
    name: 'sort=title and sort=-title order by title, ties by id in the same direction',
    run: async (t) => {
      const author = busiestAuthor(t);
      await expectSorted(t, 'title', author);
      await expectSorted(t, '-title', author);
    },
  },
  {
    name: 'sort=year and sort=-year order by year, ties by id in the same direction',
    run: async (t) => {
      const author = busiestAuthor(t);
      await expectSorted(t, 'year', author);
      await expectSorted(t, '-year', author);
    },
  },
  {
    name: 'sort=-year works without a filter too: the newest books of the whole catalogue',
    run: async (t) => {
      const query = { sort: '-year', limit: 25 };
      const page = await getPage(t, query);
      expectPage(t, page, t.db.all<CatalogueBook>(`SELECT ${COLUMNS} FROM books ${orderBy('-year')} LIMIT 25`), `GET ${pathFor(query)}`);
    },
  },
  {
    name: 'A sort that is not on the list answers 400 naming sort',
    run: async (t) => {
      await expectBadParameter(t, { sort: 'price' }, 'sort', 'a column the books do not have');
      await expectBadParameter(t, { sort: 'isbn' }, 'sort', 'a column that is not on the sort list');
    },
  },
  {
    name: 'SQL sent as a sort is refused, never run',
    run: async (t) => {
      const query = { sort: '(SELECT 1)' };
      const res = await t.http.get(pathFor(query));
      if (res.status === 200) {
        t.fail(`GET ${pathFor(query)} answered 200: your server ran SQL that a client sent in ?sort=. Look the sort up in a list of allowed values and answer 400 for anything else; only your own strings may go into ORDER BY.`);
      }
      await expectBadParameter(t, query, 'sort', 'a piece of SQL');
    },
  },
];

export default checks;
