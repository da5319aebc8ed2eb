import type { Check } from 'backend-sandbox/checks';
import { comparable, ErrorBodySchema, requireSomeTodos, SQL_IN_THE_ID, TodoSchema, todosInDatabase } from '../../todo-checks.js';

const checks: Check[] = [
  {
    name: 'GET /todos/:id answers with that todo',
    run: async (t) => {
      const todos = requireSomeTodos(t);
      // The first and the last: an answer that ignores the id cannot get both right.
      for (const expected of new Set([todos[0]!, todos[todos.length - 1]!])) {
        const res = await t.http.get(`/todos/${expected.id}`);
        res.expectStatus(200);
        const todo = res.expectJson(TodoSchema, 'a single todo');
        t.expectEqual(comparable(todo), expected, `GET /todos/${expected.id} should answer with todo ${expected.id} from the database`);
      }
    },
  },
  {
    name: 'GET /todos/:id answers 404 with a JSON error when there is no such todo',
    run: async (t) => {
      const missing = Math.max(0, ...todosInDatabase(t).map((todo) => todo.id)) + 100;
      const res = await t.http.get(`/todos/${missing}`);
      res.expectStatus(404);
      res.expectJson(ErrorBodySchema, `an error like { "error": "There is no todo with id ${missing}" }`);
    },
  },
  {
    name: 'GET /todos/:id keeps the id out of the SQL text: "0 OR 1=1" finds no todo',
    run: async (t) => {
      const res = await t.http.get(SQL_IN_THE_ID);
      if (res.status === 200) {
        t.fail(`GET ${SQL_IN_THE_ID} (the id "0 OR 1=1") answered 200 with a todo. The id from the path became part of your SQL: put a ? where it goes and pass req.params.id to .get().`);
      }
      res.expectStatus([404, 400]);
      res.expectJson(ErrorBodySchema, 'an error like { "error": "There is no todo with id 0 OR 1=1" }');
    },
  },
];

export default checks;
