import type { Check } from 'backend-sandbox/checks';
import { bookApiChecks } from '../../book-api-checks.js';
import { answersRequests, ENTRY, entryFile, names, runsSql, sourceFiles } from '../../source-files.js';

const checks: Check[] = [
  ...bookApiChecks,
  {
    name: 'server.ts runs no SQL any more: a model module does',
    run: async (t) => {
      const files = sourceFiles(t);
      if (runsSql(entryFile(files))) {
        t.fail(`${ENTRY} still runs SQL itself (a db.prepare(…) or an SQL statement). Move every statement into a function of your books model, e.g. listBooks() in models/books.ts, and call that instead.`);
      }
      const models = files.filter((file) => file.path !== ENTRY && runsSql(file));
      if (models.length === 0) t.fail(`No file other than ${ENTRY} runs the books SQL. The statements belong in a model module such as models/books.ts.`);
    },
  },
  {
    name: 'No file both runs SQL and answers requests',
    run: async (t) => {
      const mixed = sourceFiles(t).filter((file) => runsSql(file) && answersRequests(file));
      if (mixed.length > 0) {
        t.fail(`In ${names(mixed)}, the same file runs SQL and writes answers with res. Keep the two apart: the model runs the SQL and returns plain values; the code that has req and res only calls the model.`);
      }
    },
  },
];

export default checks;
