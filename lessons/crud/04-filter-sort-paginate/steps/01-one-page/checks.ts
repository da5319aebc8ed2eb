import type { Check } from 'backend-sandbox/checks';
import { COLUMNS, expectBadParameter, expectPage, getPage, MAX_LIMIT, pathFor, PageSchema, type CatalogueBook } from '../../catalogue-checks.js';

const checks: Check[] = [
  {
    name: 'GET /books answers one page, { items, nextCursor }, of the first 20 books by id',
    run: async (t) => {
      const page = await getPage(t, {});
      const expected = t.db.all<CatalogueBook>(`SELECT ${COLUMNS} FROM books ORDER BY id LIMIT 20`);
      expectPage(t, page, expected, 'GET /books');
    },
  },
  {
    name: 'GET /books?limit=5 answers the first 5 books',
    run: async (t) => {
      const page = await getPage(t, { limit: 5 });
      const expected = t.db.all<CatalogueBook>(`SELECT ${COLUMNS} FROM books ORDER BY id LIMIT 5`);
      expectPage(t, page, expected, 'GET /books?limit=5');
    },
  },
  {
    name: `A limit above ${MAX_LIMIT} is refused with a 400, or cut down to ${MAX_LIMIT}`,
    run: async (t) => {
      // Just above the maximum: a cap set higher, or off by one, shows here.
      const query = { limit: MAX_LIMIT + 1 };
      const res = await t.http.get(pathFor(query));
      if (res.status === 400) return expectBadParameter(t, query, 'limit', `a limit above ${MAX_LIMIT}`);
      res.expectStatus([200, 400]);
      const page = res.expectJson(PageSchema, 'a page like { "items": [ …books ], "nextCursor": null }');
      if (page.items.length > MAX_LIMIT) {
        t.fail(`GET ${pathFor(query)} answered ${page.items.length} books. Without a maximum, one request can ask for the whole catalogue: answer 400 above limit=${MAX_LIMIT}, or send ${MAX_LIMIT} at most.`);
      }
    },
  },
  {
    name: 'A limit that is not a whole number from 1 up answers 400 naming limit',
    run: async (t) => {
      await expectBadParameter(t, { limit: 0 }, 'limit', 'a limit of 0');
      await expectBadParameter(t, { limit: -5 }, 'limit', 'a negative limit');
      await expectBadParameter(t, { limit: 'ten' }, 'limit', 'a limit that is not a number');
      await expectBadParameter(t, { limit: 2.5 }, 'limit', 'a limit of 2.5 (not a whole number)');
    },
  },
];

export default checks;
