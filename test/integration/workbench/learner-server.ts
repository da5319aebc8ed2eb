/** A learner's server for the workbench tests: todos on the lesson database, a log line per request, a form route, and a WebSocket echo on /chat. */
import { expect } from 'vitest';
import type { TestBackend } from '../../support/backend.js';
import { LESSON } from './lesson-api.js';

export const WORKBENCH_SERVER = `
import express from 'express';
import Database from 'better-sqlite3';
import { WebSocketServer } from 'ws';

const db = new Database(process.env.DATABASE_PATH ?? 'todos.db');
const app = express();
app.use(express.json());
app.use((req, res, next) => {
  console.log(\`got \${req.method} \${req.url}\`);
  next();
});
app.get('/todos', (req, res) => res.json(db.prepare('SELECT * FROM todos ORDER BY id').all()));
app.post('/todos', (req, res) => {
  const todo = db.prepare('INSERT INTO todos (title) VALUES (?) RETURNING *').get(req.body.title);
  res.status(201).json(todo);
});
app.post('/form', express.urlencoded({ extended: false }), (req, res) => res.json(req.body));
app.get('/echo', (req, res) => res.json({ header: req.headers['x-test'], query: req.query }));

const server = app.listen(Number(process.env.PORT));
const wss = new WebSocketServer({ server, path: '/chat', handleProtocols: (protocols) => (protocols.has('chat.v1') ? 'chat.v1' : false) });
wss.on('connection', (socket) => {
  socket.send('welcome');
  socket.on('message', (data, isBinary) => {
    if (!isBinary && data.toString() === 'bye') socket.close(4000, 'see you');
    else socket.send(data, { binary: isBinary });
  });
});
`;

export async function useWorkbenchServer(backend: TestBackend): Promise<void> {
  const res = await backend.putDraft(LESSON, 'server.ts', WORKBENCH_SERVER);
  expect(res.status).toBe(204);
}
