import type { Check } from 'backend-sandbox/checks';
import { comparable, createTodo, expectRejected, newTitle, TodoSchema } from '../../todo-checks.js';

const checks: Check[] = [
  {
    name: 'POST /todos answers 201 with the new todo',
    run: async (t) => {
      const title = newTitle();
      const res = await t.http.post('/todos', { json: { title } });
      res.expectStatus(201);
      const todo = res.expectJson(TodoSchema, 'the new todo, with its id');
      t.expectEqual({ title: todo.title, done: Boolean(todo.done) }, { title, done: false }, 'POST /todos should answer with the todo it created, not done yet');
    },
  },
  {
    name: 'A new todo lands in the database and in GET /todos and GET /todos/:id',
    run: async (t) => {
      const todo = await createTodo(t);

      const row = t.db.get<{ id: number; title: string; done: number }>('SELECT id, title, done FROM todos WHERE id = ?', todo.id);
      if (!row) return t.fail(`POST /todos answered with id ${todo.id}, but the todos table has no row with that id. Did the INSERT run?`);
      t.expectEqual(comparable(row), todo, `Row ${todo.id} in the database should match what POST /todos answered`);

      const list = (await t.http.get('/todos')).expectStatus(200).expectJson(TodoSchema.array(), 'an array of todos');
      if (!list.some((item) => item.id === todo.id)) t.fail(`GET /todos does not list the new todo ${todo.id}. Does it read the todos from the database?`);

      const one = (await t.http.get(`/todos/${todo.id}`)).expectStatus(200).expectJson(TodoSchema, 'a single todo');
      t.expectEqual(comparable(one), todo, `GET /todos/${todo.id} should answer with the new todo`);
    },
  },
  {
    name: 'POST /todos without a title answers 400 and saves nothing',
    run: (t) => expectRejected(t, {}, 'a body without a title'),
  },
  {
    name: 'POST /todos with an empty or blank title answers 400 and saves nothing',
    run: async (t) => {
      await expectRejected(t, { title: '' }, 'an empty title');
      await expectRejected(t, { title: '   ' }, 'a title of only spaces');
    },
  },
  {
    name: 'POST /todos with a title that is not text answers 400 and saves nothing',
    run: (t) => expectRejected(t, { title: 42 }, 'a title that is a number'),
  },
  {
    name: 'POST /todos with no body at all answers 400, not a crash',
    run: (t) => expectRejected(t, undefined, 'no body at all'),
  },
];

export default checks;
