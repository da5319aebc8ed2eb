import type { Check } from 'backend-sandbox/checks';
import { answersRequests, createsRouter, ENTRY, entryFile, names, routesIn, sourceFiles } from '../../source-files.js';

const checks: Check[] = [
  {
    name: 'A routes module creates an express.Router for the books',
    run: async (t) => {
      // Which routes it holds, the API's answers prove: step 1's checks run again.
      const routers = sourceFiles(t).filter((file) => file.path !== ENTRY && createsRouter(file));
      if (routers.length === 0) {
        t.fail(`No file besides ${ENTRY} creates an express.Router(). Create one in routes/books.ts, register the book routes on it, e.g. booksRouter.get('/', list), and export it.`);
      }
    },
  },
  {
    name: 'server.ts registers no routes of its own: it mounts the router',
    run: async (t) => {
      const routes = routesIn(entryFile(sourceFiles(t)));
      if (routes.length > 0) {
        t.fail(`${ENTRY} still registers ${routes.join(', ')}. Move the routes onto the router and mount it once with app.use('/books', booksRouter).`);
      }
    },
  },
  {
    name: 'The routes module only maps paths to controllers',
    run: async (t) => {
      const handling = sourceFiles(t).filter((file) => createsRouter(file) && answersRequests(file));
      if (handling.length > 0) {
        t.fail(`${names(handling)} creates the router and also writes answers with res. Move each handler into a controller module (e.g. controllers/books.ts) and register it by name: booksRouter.get('/:id', show).`);
      }
    },
  },
];

export default checks;
