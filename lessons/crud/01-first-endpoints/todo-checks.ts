/** What the steps' checks share: the shape of a todo, reading the truth from the database, and making todos of their own. */
import type { Tester } from 'backend-sandbox/checks';
import { z } from 'zod';

/** SQLite stores `done` as 0 or 1; an API may just as well say false or true. Extra fields are fine. */
export const TodoSchema = z.object({
  id: z.number().int().positive(),
  title: z.string(),
  done: z.union([z.boolean(), z.literal(0), z.literal(1)]),
});

export const ErrorBodySchema = z.object({ error: z.string().min(1) });

export interface ComparableTodo {
  id: number;
  title: string;
  done: boolean;
}

/** Keeps the fields the lesson asks for, with `done` as a boolean, so 0/1 and false/true compare equal. */
export function comparable(todo: { id: number; title: string; done: boolean | number }): ComparableTodo {
  return { id: todo.id, title: todo.title, done: Boolean(todo.done) };
}

export function byId(a: ComparableTodo, b: ComparableTodo): number {
  return a.id - b.id;
}

export function todosInDatabase(t: Tester): ComparableTodo[] {
  return t.db.all<ComparableTodo>('SELECT id, title, done FROM todos ORDER BY id').map(comparable);
}

/** The sample todos are gone (the learner deleted them): say so, instead of failing for a confusing reason. */
export function requireSomeTodos(t: Tester): ComparableTodo[] {
  const todos = todosInDatabase(t);
  if (todos.length === 0) {
    t.fail('The todos table is empty. Reset the lesson database to get the sample todos back. If your DELETE route emptied it, its SQL needs WHERE id = ?.');
  }
  return todos;
}

function countTodos(t: Tester): number {
  return t.db.get<{ count: number }>('SELECT COUNT(*) AS count FROM todos')?.count ?? 0;
}

/** POSTs a body that must be refused (undefined sends none): 400, a JSON error, and nothing saved. */
export async function expectRejected(t: Tester, body: unknown, what: string): Promise<void> {
  const before = countTodos(t);
  const res = await t.http.post('/todos', body === undefined ? {} : { json: body });
  if (body === undefined && res.status === 500) {
    t.fail('POST /todos with no body at all answered 500: the route threw. Without a JSON body, req.body is undefined and req.body.title throws; read the title with req.body?.title and refuse the missing title with a 400.');
  }
  res.expectStatus(400);
  res.expectJson(ErrorBodySchema, 'an error like { "error": "title must be a non-empty string" }');
  if (countTodos(t) !== before) {
    t.fail(`POST /todos answered 400 for ${what}, but a todo was saved anyway. Check the title before the INSERT, and return after sending the 400.`);
  }
}

/** `0 OR 1=1` as a path segment: data to a `?` placeholder, but "every row" to SQL that glues the id in. */
export const SQL_IN_THE_ID = `/todos/${encodeURIComponent('0 OR 1=1')}`;

/** A title no sample todo has, so the checks can tell their own todo apart. */
export function newTitle(): string {
  return `Water the plants #${1000 + Math.floor(Math.random() * 9000)}`;
}

/** Creates a todo through the learner's own POST /todos, so a check never deletes or assumes a sample todo. */
export async function createTodo(t: Tester): Promise<ComparableTodo> {
  const res = await t.http.post('/todos', { json: { title: newTitle() } });
  res.expectStatus(201);
  return comparable(res.expectJson(TodoSchema, 'the new todo, with its id'));
}
