import type { Check } from 'backend-sandbox/checks';
import { BookSchema, newBook, tenDigitIsbn } from '../../../books-checks.js';
import { expectRefused } from '../../book-write-checks.js';

const VALIDATE = 'Check req.body with your zod schema (safeParse) before the INSERT, and answer 400 when it fails.';

/** A valid book without `field`: what a client sends when it forgets one. */
function without(field: 'isbn' | 'title' | 'author' | 'year'): Record<string, unknown> {
  const { [field]: _left, ...rest } = newBook();
  return rest;
}

const checks: Check[] = [
  {
    name: 'A book without a title, or with an empty author, answers 400 naming the field and saves nothing',
    run: async (t) => {
      await expectRefused(t, { method: 'POST', path: '/books', json: without('title'), sent: 'no title', fields: ['title'], pointer: VALIDATE });
      await expectRefused(t, { method: 'POST', path: '/books', json: newBook({ author: '' }), sent: 'an empty author', fields: ['author'], pointer: VALIDATE });
      await expectRefused(t, { method: 'POST', path: '/books', json: newBook({ title: '   ' }), sent: 'a title of only spaces', fields: ['title'], pointer: `${VALIDATE} z.string().trim().min(1) refuses blanks.` });
    },
  },
  {
    name: 'An ISBN that is not 10 or 13 digits answers 400 naming isbn and saves nothing',
    run: async (t) => {
      for (const isbn of ['12345', '123456789012', 'ISBN-0-14-1']) {
        await expectRefused(t, { method: 'POST', path: '/books', json: newBook({ isbn }), sent: `the isbn "${isbn}"`, fields: ['isbn'], pointer: `${VALIDATE} A regex such as /^(\\d{10}|\\d{13})$/ allows exactly 10 or 13 digits.` });
      }
    },
  },
  {
    name: 'A year that is not a whole number in a sensible range answers 400 naming year and saves nothing',
    run: async (t) => {
      const thisYear = new Date().getFullYear();
      for (const year of [12345, 1449, thisYear + 1, 1.5, 'soon']) {
        await expectRefused(t, { method: 'POST', path: '/books', json: { ...newBook(), year }, sent: `a year of ${JSON.stringify(year)}`, fields: ['year'], pointer: `${VALIDATE} z.number().int().min(1450).max(this year) refuses fractions, text, and years before 1450 or after this one.` });
      }
    },
  },
  {
    name: 'A valid 10-digit ISBN is accepted, like a 13-digit one',
    run: async (t) => {
      const book = newBook({ isbn: tenDigitIsbn() });
      const res = await t.http.post('/books', { json: book });
      if (res.status === 400) t.fail(`POST /books refused the ISBN "${book.isbn}" with 400, but an ISBN may be 10 digits as well as 13: /^(\\d{10}|\\d{13})$/ allows both.`);
      res.expectStatus(201);
      const saved = res.expectJson(BookSchema, 'the new book, with its id');
      t.expectEqual(saved.isbn, book.isbn, 'POST /books should save the 10-digit ISBN as it was sent');
    },
  },
  {
    name: 'A body with several wrong fields answers 400 naming every one of them',
    run: (t) => expectRefused(t, {
      method: 'POST',
      path: '/books',
      json: { isbn: '42', title: '', author: 'Ann Leckie', year: 2.5 },
      sent: 'a wrong isbn, title and year at once',
      fields: ['isbn', 'title', 'year'],
      pointer: VALIDATE,
    }),
  },
  {
    name: 'A POST with no JSON body at all answers 400, not a crash',
    run: (t) => expectRefused(t, {
      method: 'POST',
      path: '/books',
      sent: 'no body at all',
      fields: [],
      pointer: 'Then req.body is undefined. Give it to safeParse as it is (zod refuses undefined); reading req.body.title first throws, and a throw is a 500.',
    }),
  },
];

export default checks;
