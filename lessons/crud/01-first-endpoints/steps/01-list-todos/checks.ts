import type { Check } from 'backend-sandbox/checks';
import { z } from 'zod';
import { byId, comparable, requireSomeTodos, TodoSchema } from '../../todo-checks.js';

const checks: Check[] = [
  {
    name: 'GET /todos answers 200 with JSON',
    run: async (t) => {
      const res = await t.http.get('/todos');
      res.expectStatus(200).expectHeader('content-type', 'application/json');
    },
  },
  {
    name: 'GET /todos lists every todo in the database',
    run: async (t) => {
      const expected = requireSomeTodos(t);
      const res = await t.http.get('/todos');
      res.expectStatus(200);
      const todos = res.expectJson(z.array(TodoSchema), 'an array of todos');
      t.expectEqual(todos.map(comparable).sort(byId), expected, 'GET /todos should answer with every todo in the database');
    },
  },
];

export default checks;
