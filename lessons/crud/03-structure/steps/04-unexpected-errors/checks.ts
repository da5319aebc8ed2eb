import type { Check, HttpResponse, Tester } from 'backend-sandbox/checks';
import { expectErrorAnswer } from '../../error-answers.js';

/** A book with reviews: deleting it breaks the reviews' FOREIGN KEY, an error no controller plans for. */
async function deleteReviewedBook(t: Tester): Promise<{ res: HttpResponse; sent: string }> {
  const reviewed = t.db.get<{ id: number }>('SELECT books.id FROM books JOIN reviews ON reviews.book_id = books.id ORDER BY books.id LIMIT 1');
  if (!reviewed) return t.fail('No book in the database has a review, and these checks need one. Reset the lesson database to get the sample reviews back.');
  const sent = `DELETE /books/${reviewed.id} (a book with reviews)`;
  return { res: await t.http.delete(`/books/${reviewed.id}`), sent };
}

const STACK_LINE = /\bat\s[^"\n]{0,200}?:\d+:\d+/;
const DATABASE_DETAILS = /sqlite|constraint|foreign key/i;

const checks: Check[] = [
  {
    name: 'An error nobody planned for answers 500 with a JSON error',
    run: async (t) => {
      const { res, sent } = await deleteReviewedBook(t);
      if (res.status === 204 || res.status === 200) t.fail(`${sent} answered ${res.status}, but the book is still in the database: SQLite refused to delete it. Did something catch the error and answer success?`);
      if (res.status === 409) {
        t.fail(`${sent} answered 409. Refusing to delete a reviewed book is a fine answer, but this step needs an error nobody planned for: let the delete run as before, so SQLite's FOREIGN KEY error reaches your error handler, and answer that with 500.`);
      }
      expectErrorAnswer(t, res, 500, sent);
    },
  },
  {
    name: 'A 500 tells the client nothing about your code or database',
    run: async (t) => {
      const { res, sent } = await deleteReviewedBook(t);
      if (STACK_LINE.test(res.text)) {
        t.fail(`${sent} answered with a stack trace (lines like "at remove (…server.ts:12:5)"). It shows strangers how your code is built: log err with console.error and send only a short message such as { "error": "Something went wrong on our side" }.`);
      }
      if (DATABASE_DETAILS.test(res.text)) {
        t.fail(`${sent} answered with the database's own error message (${res.text.slice(0, 120)}). For a 500, send a short message such as { "error": "Something went wrong on our side" } and keep err.message for console.error.`);
      }
    },
  },
];

export default checks;
