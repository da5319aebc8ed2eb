import express from 'express';
import Database from 'better-sqlite3';

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

// Step 1: GET /todos answers with every todo, as a JSON array.

// Step 2: GET /todos/:id answers with one todo, or 404 when there is no such todo.

// Step 3: POST /todos creates a todo from req.body.title and answers 201 with it.

// Step 4: DELETE /todos/:id deletes that todo and answers 204 with no body, or 404 when there is no such todo.

app.listen(port, () => {
  console.log(`Todo API listening on http://localhost:${port}`);
});
