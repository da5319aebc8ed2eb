import type { Check } from 'backend-sandbox/checks';
import { expectErrorAnswer } from '../../error-answers.js';

const NOT_FOUND_HINT = 'That is Express\'s own "Cannot …" page. Add a handler after all your routes, app.use((req, res) => res.status(404).json({ error: … })), for requests no route matched.';

const checks: Check[] = [
  {
    name: 'A body that is not valid JSON answers 400 with a JSON error',
    run: async (t) => {
      const res = await t.http.post('/books', { body: '{"title": "Half a book', headers: { 'content-type': 'application/json' } });
      if (res.status === 500) {
        t.fail('POST /books with a broken JSON body answered 500, as if your server had failed. The client sent the mistake: express.json() marks its error with err.status = 400, so answer that status from your error middleware.');
      }
      expectErrorAnswer(t, res, 400, 'POST /books with a broken JSON body');
    },
  },
  {
    name: 'A path no route matches answers 404 with a JSON error',
    run: async (t) => {
      const path = `/no-such-page-${Date.now() % 10_000}`;
      expectErrorAnswer(t, await t.http.get(path), 404, `GET ${path}`, NOT_FOUND_HINT);
      expectErrorAnswer(t, await t.http.delete('/books'), 404, 'DELETE /books (no route has that method and path)', NOT_FOUND_HINT);
    },
  },
];

export default checks;
