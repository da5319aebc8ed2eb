import type { Check } from 'backend-sandbox/checks';
import { comparable, ErrorBodySchema, requireSomeTodos, TodoSchema, todosInDatabase } from '../../todo-checks.js';

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
];

export default checks;
