import type { Check, IndexInfo } from 'backend-sandbox/checks';
import { busiestAuthor, COLUMNS, orderBy } from '../../catalogue-checks.js';

const describe = (index: IndexInfo) => `${index.name} (${index.columns.join(', ')})`;

const checks: Check[] = [
  {
    name: 'Your server creates an index on books that starts with author',
    run: async (t) => {
      const created = t.db.indexes('books').filter((index) => index.origin === 'c');
      if (created.some((index) => index.columns[0] === 'author')) return;
      if (created.length === 0) {
        t.fail('The books table has no index of its own yet. Create one when your server starts: db.exec(\'CREATE INDEX IF NOT EXISTS … ON books (author, year)\').');
      }
      t.fail(
        `The books table has ${created.map(describe).join(', ')}, but none starts with author. An index is sorted by its first column, then the next: to jump to one author's books, author must come first.`,
      );
    },
  },
  {
    name: "An author's books, newest first, are read through the index, already in order",
    run: async (t) => {
      const author = busiestAuthor(t);
      const sql = `SELECT ${COLUMNS} FROM books WHERE author = ? ${orderBy('-year')} LIMIT 20`;
      const plan = t.db.queryPlan(sql, author);
      if (!plan.usesIndex()) {
        t.fail(`SQLite still reads the whole books table (or a whole index) to find one author's books:\n${plan.text}\nfor ${sql}\nAn index whose first column is author turns that SCAN into a SEARCH.`);
      }
      if (/TEMP B-TREE/i.test(plan.text)) {
        t.fail(`SQLite finds the author's books through the index but then sorts them itself:\n${plan.text}\nfor ${sql}\nPut year in the index right after author, so the index hands them over in year order.`);
      }
    },
  },
];

export default checks;
