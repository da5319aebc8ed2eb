import type { Check, Tester } from 'backend-sandbox/checks';
import { busiestAuthor, COLUMNS, expectBadParameter, expectPage, getPage, orderBy, pathFor, sortValue, type CatalogueBook, type SortName } from '../../catalogue-checks.js';

/**
 * The first page in `sort` order, of one author's books or of the whole catalogue, compared with
 * the same ORDER BY in SQL. Right values in the wrong id order mean the tie-break is missing.
 */
async function expectSorted(t: Tester, sort: SortName, author?: string): Promise<void> {
  const query = { ...(author === undefined ? {} : { author }), sort, limit: 30 };
  const where = author === undefined ? '' : 'WHERE author = ?';
  const expected = t.db.all<CatalogueBook>(`SELECT ${COLUMNS} FROM books ${where} ${orderBy(sort)} LIMIT 30`, ...(author === undefined ? [] : [author]));
  const page = await getPage(t, query);
  const sameValues = JSON.stringify(page.items.map((book) => sortValue(book, sort))) === JSON.stringify(expected.map((book) => sortValue(book, sort)));
  const firstDifference = page.items.findIndex((book, i) => book.id !== expected[i]?.id);
  if (sameValues && firstDifference >= 0) {
    const column = sort.replace('-', '');
    const [got, wanted] = [page.items[firstDifference]!, expected[firstDifference]!];
    t.fail(
      `GET ${pathFor(query)} has the ${column}s in the right order, but at position ${firstDifference + 1} of the page came book ${got.id}, where book ${wanted.id} belongs: both have the ${column} ${JSON.stringify(sortValue(got, sort))}. Break ties with the id, in the same direction: ${orderBy(sort)}.`,
    );
  }
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
    run: (t) => expectSorted(t, '-year'),
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
