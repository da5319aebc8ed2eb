import express from 'express';
import Database from 'better-sqlite3';

interface Todo {
  id: number;
  title: string;
  done: number;
}

// The app tells your server which port to listen on and where the lesson database is.
const port = Number(process.env.PORT ?? 3000);
const db = new Database(process.env.DATABASE_PATH ?? 'todos.db');

const app = express();

// Reads JSON request bodies into req.body. You will need it in step 3.
app.use(express.json());

// A finished route to learn from: GET / answers with a short JSON greeting.
app.get('/', (req, res) => {
  const { count } = db.prepare('SELECT COUNT(*) AS count FROM todos').get() as { count: number };
  res.json({ message: 'The todo API is running', todos: count });
});

app.get('/todos', (req, res) => {
  const todos = db.prepare('SELECT id, title, done FROM todos ORDER BY id').all() as Todo[];
  res.json(todos);
});

app.get('/todos/:id', (req, res) => {
  const todo = db.prepare('SELECT id, title, done FROM todos WHERE id = ?').get(req.params.id) as Todo | undefined;
  if (!todo) {
    res.status(404).json({ error: `There is no todo with id ${req.params.id}` });
    return;
  }
  res.json(todo);
});

app.post('/todos', (req, res) => {
  const title: unknown = req.body?.title;
  if (typeof title !== 'string' || title.trim() === '') {
    res.status(400).json({ error: 'title must be a non-empty string' });
    return;
  }
  const todo = db.prepare('INSERT INTO todos (title) VALUES (?) RETURNING id, title, done').get(title.trim()) as Todo;
  res.status(201).json(todo);
});

app.delete('/todos/:id', (req, res) => {
  // .run() tells how many rows the statement changed: none means there was no such todo.
  const { changes } = db.prepare('DELETE FROM todos WHERE id = ?').run(req.params.id);
  if (changes === 0) {
    res.status(404).json({ error: `There is no todo with id ${req.params.id} to delete` });
    return;
  }
  // 204 No Content: it worked, and there is nothing to send back. end() finishes the response.
  res.status(204).end();
});

app.listen(port, () => {
  console.log(`Todo API listening on http://localhost:${port}`);
});
