import type { Check } from 'backend-sandbox/checks';
import { createTodo, ErrorBodySchema, SQL_IN_THE_ID, todosInDatabase, type ComparableTodo } from '../../todo-checks.js';


function listIds(todos: readonly ComparableTodo[]): string {
  return todos.map((todo) => todo.id).join(', ');
}

const checks: Check[] = [
  {
    name: 'DELETE /todos/:id answers 204 No Content and the todo is gone',
    run: async (t) => {
      // A todo of the check's own, made through your POST /todos: the sample todos stay.
      const todo = await createTodo(t);
      const res = await t.http.delete(`/todos/${todo.id}`);
      res.expectStatus(204);
      const row = t.db.get('SELECT id FROM todos WHERE id = ?', todo.id);
      if (row) t.fail(`DELETE /todos/${todo.id} answered 204, but todo ${todo.id} is still in the todos table. Does the route run a DELETE with the id from the path?`);
    },
  },
  {
    name: 'DELETE /todos/:id leaves every other todo as it was',
    run: async (t) => {
      // Two new todos, so there is always another one to leave alone, even in a table emptied by an earlier run.
      await createTodo(t);
      const doomed = await createTodo(t);
      const before = todosInDatabase(t);
      (await t.http.delete(`/todos/${doomed.id}`)).expectStatus(204);

      const after = todosInDatabase(t);
      const others = before.filter((todo) => todo.id !== doomed.id);
      const lost = others.filter((todo) => !after.some((left) => left.id === todo.id));
      if (lost.length > 0) {
        t.fail(`DELETE /todos/${doomed.id} also removed ${lost.length} other todo(s) (id ${listIds(lost)}). A DELETE without WHERE id = ? empties the whole table.`);
      }
      t.expectEqual(after, others, `After DELETE /todos/${doomed.id}, every other todo should be exactly as it was`);
    },
  },
  {
    name: 'DELETE /todos/:id answers 404 with a JSON error when there is no such todo, and deletes nothing',
    run: async (t) => {
      const before = todosInDatabase(t);
      const missing = Math.max(0, ...before.map((todo) => todo.id)) + 100;
      const res = await t.http.delete(`/todos/${missing}`);
      res.expectStatus(404);
      res.expectJson(ErrorBodySchema, `an error like { "error": "There is no todo with id ${missing}" }`);
      t.expectEqual(todosInDatabase(t), before, `DELETE /todos/${missing} should leave the todos table as it was`);
    },
  },
  {
    name: 'DELETE /todos/:id treats the id as data, never as SQL',
    run: async (t) => {
      await createTodo(t);
      const before = todosInDatabase(t);
      const res = await t.http.delete(SQL_IN_THE_ID);
      const after = todosInDatabase(t);
      if (after.length < before.length) {
        t.fail(
          `DELETE ${SQL_IN_THE_ID} (the id "0 OR 1=1") removed ${before.length - after.length} todo(s); it should remove none. ` +
            'The id from the path became part of your SQL: put a ? where it goes and pass req.params.id to .run().',
        );
      }
      // No todo has that id: "not found", or "that is not an id" if the route checks ids.
      res.expectStatus([404, 400]);
      res.expectJson(ErrorBodySchema, 'an error like { "error": "There is no todo with id 0 OR 1=1" }');
    },
  },
];

export default checks;
