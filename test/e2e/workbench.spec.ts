/**
 * The workbench panels in Debian's Chromium against the real backend: a POST /todos from the HTTP
 * client shows up highlighted in the database inspector, the ER diagram is drawn from the live
 * schema, the SQL console answers (and its Ctrl+Enter does not run the checks), two WebSocket
 * clients both hear a broadcast, the timeline lists the request, and the layout survives a reload.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { FIRST_LESSON_TITLE, openLesson, replaceCode } from './support/learner.js';
import { removeDataDir, startWebApp, type WebApp } from './support/web-app.js';

const lessonDir = join(import.meta.dirname, '..', '..', 'lessons', 'crud', '01-first-endpoints');
const solution = readFileSync(join(lessonDir, 'solution', 'server.ts'), 'utf8');

/** The lesson's solution plus a WebSocket endpoint that sends every message to every client. */
function solutionWithBroadcast(): string {
  const listen = 'app.listen(port';
  if (!solution.includes(listen)) throw new Error('The solution no longer calls app.listen(port …): update this test.');
  return [
    "import { WebSocketServer } from 'ws';",
    solution.replace(listen, `const server = ${listen}`),
    "const sockets = new WebSocketServer({ server, path: '/chat' });",
    "sockets.on('connection', (socket) => {",
    "  socket.on('message', (data) => {",
    '    for (const client of sockets.clients) client.send(String(data));',
    '  });',
    '});',
  ].join('\n');
}

let app: WebApp;

test.beforeAll(async () => {
  app = await startWebApp();
});

test.afterAll(async () => {
  await app.stop();
  removeDataDir(app);
});

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tablist', { name: 'Workbench' }).getByRole('tab', { name, exact: true }).click();
}

test('send a request, see the row it wrote, query it, draw the schema, and broadcast to two sockets', async ({ page }) => {
  await page.goto(app.url);
  await openLesson(page, FIRST_LESSON_TITLE);
  const editor = page.getByTestId('code-editor');
  await expect(editor).toContainText('Step 1: GET /todos');
  await replaceCode(page, solutionWithBroadcast());

  // The panels take most of the height for this (the editor has done its part).
  const enlarge = page.getByRole('button', { name: 'Enlarge the panels' });
  await enlarge.click();
  await expect(enlarge).toHaveAttribute('aria-pressed', 'true');

  // The tabs follow the arrow keys (WAI-ARIA tabs): from Console, ArrowRight opens Database.
  const tabs = page.getByRole('tablist', { name: 'Workbench' });
  await tabs.getByRole('tab', { name: 'Console' }).click();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: 'Database' })).toHaveAttribute('aria-selected', 'true');
  await expect(tabs.getByRole('tab', { name: 'Database' })).toBeFocused();

  // POST /todos from the HTTP client.
  await openTab(page, 'HTTP');
  const request = page.getByRole('form', { name: 'HTTP request' });
  await request.getByLabel('Method').selectOption('POST');
  await request.getByLabel('Path').fill('/todos');
  await request.getByRole('tab', { name: /Body/ }).click();
  await request.getByRole('radio', { name: 'JSON' }).check();
  // A broken body is caught before it is sent.
  await request.getByLabel('JSON body').fill('{ "title": ');
  await expect(request.getByText(/Not valid JSON/)).toBeVisible();
  await request.getByLabel('JSON body').fill('{ "title": "Water the plants" }');
  await request.getByRole('button', { name: /Send/ }).click();
  const response = page.getByTestId('http-response');
  await expect(response.getByTestId('http-status')).toHaveText(/201/, { timeout: 20_000 });
  await expect(response).toContainText('"title": "Water the plants"');
  await expect(response).toContainText('todos: 1 inserted');

  // The inspector marks the new row as inserted.
  await openTab(page, 'Database');
  const tables = page.getByRole('navigation', { name: 'Tables' });
  await expect(tables.getByRole('button', { name: /todos.*6/ })).toBeVisible();
  const grid = page.getByRole('grid', { name: 'Rows of todos' });
  const inserted = grid.locator('tr[data-change="inserted"]');
  await expect(inserted).toHaveCount(1);
  await expect(inserted).toContainText('Water the plants');
  await expect(grid.locator('tbody tr')).toHaveCount(6);

  // Edit a cell from the keyboard: the row is then marked updated, with the old value at hand.
  await inserted.getByRole('gridcell', { name: 'Water the plants' }).click();
  await page.keyboard.press('Enter');
  const viewer = page.getByRole('region', { name: 'Cell title' });
  await viewer.getByRole('button', { name: 'Edit value' }).click();
  await viewer.getByLabel('New value of title').fill('Water the ferns');
  // Ctrl+Enter saves the cell; it must not also run the checks.
  await page.keyboard.press('Control+Enter');
  const updated = grid.locator('tr[data-change="updated"]');
  await expect(updated).toContainText('Water the ferns');
  await expect(updated.locator('.cell-changed')).toHaveAttribute('title', 'was: Water the plants');
  await expect(page.getByTestId('run-summary')).toHaveCount(0);

  // Delete it, after a confirmation; the Changes view lists it as deleted.
  await updated.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Delete 1' }).click();
  await page.getByRole('group', { name: 'Delete 1 row from todos?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(grid.locator('tbody tr')).toHaveCount(5);
  const views = page.getByRole('tablist', { name: 'Database views' });
  await views.getByRole('tab', { name: /Changes/ }).click();
  await expect(page.getByTestId('changes-view')).toContainText('todos: 1 deleted');
  await expect(page.getByTestId('changes-view').locator('tr.change-deleted')).toContainText('Water the ferns');

  // The ER diagram, drawn from the live schema, with its description in words.
  await views.getByRole('tab', { name: 'Diagram' }).click();
  const diagram = page.getByRole('img', { name: /Entity–relationship diagram/ });
  await expect(diagram).toBeVisible();
  await expect(diagram.locator('[data-table="todos"]')).toContainText('title');
  await expect(diagram).toHaveAccessibleDescription(/1 table: todos/);

  // The SQL console: its own Ctrl+Enter runs the query, not the checks.
  await views.getByRole('tab', { name: 'SQL' }).click();
  const sql = page.getByRole('textbox', { name: /SQL statements/ });
  await sql.fill("INSERT INTO todos (title) VALUES ('Water the plants');\nSELECT id, title FROM todos WHERE title LIKE 'Water%';");
  await sql.press('Control+Enter');
  const result = page.getByTestId('sql-result');
  await expect(result).toContainText('2 statements ran');
  await expect(result.getByRole('grid')).toContainText('Water the plants');
  await expect(page.getByTestId('run-summary')).toHaveCount(0);
  // A mistake says where it is.
  await sql.fill('SELECT title FROM todoz;');
  await sql.press('Control+Enter');
  await expect(result.getByRole('alert')).toContainText(/line 1, column \d+:.*no such table: todoz/);

  // Two WebSocket clients to the learner's server; a message from one reaches both logs.
  await openTab(page, 'WebSocket');
  const opener = page.getByRole('form', { name: 'Open a WebSocket client' });
  await opener.getByLabel('WebSocket path').fill('/chat');
  for (const name of ['alice', 'bob']) {
    await opener.getByLabel('Client name (optional)').fill(name);
    await opener.getByRole('button', { name: 'Connect' }).click();
    await expect(page.getByRole('region', { name: `WebSocket client ${name}` })).toContainText('open');
  }
  const alice = page.getByRole('region', { name: 'WebSocket client alice' });
  const bob = page.getByRole('region', { name: 'WebSocket client bob' });
  await alice.getByLabel('Message for alice').fill('hello, both of you');
  await alice.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(alice.getByRole('log')).toContainText('hello, both of you');
  await expect(alice.getByRole('log').locator('.ws-received')).toContainText('hello, both of you');
  await expect(bob.getByRole('log').locator('.ws-received')).toContainText('hello, both of you');
  // Closing with a code and a reason says so.
  await bob.getByLabel('Close code').fill('4000');
  await bob.getByLabel('Close reason').fill('bye');
  await bob.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(bob).toContainText(/code 4000, “bye”/);

  // The timeline has the request, with the row it wrote.
  await openTab(page, 'Timeline');
  const entry = page.getByTestId('timeline-entry').filter({ hasText: 'POST /todos' });
  await expect(entry).toContainText('todos: 1 inserted');
  await entry.locator('summary').click();
  await expect(entry).toContainText('"title": "Water the plants"');

  // The layout is remembered: the open tab and the panel size survive a reload.
  const separator = page.getByRole('separator', { name: /Resize the panels/ });
  await expect(separator).toHaveAttribute('aria-valuenow', '85');
  await separator.focus();
  await page.keyboard.press('ArrowDown');
  await expect(separator).toHaveAttribute('aria-valuenow', '80');
  await page.reload();
  await expect(page.getByRole('tablist', { name: 'Workbench' }).getByRole('tab', { name: 'Timeline' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('separator', { name: /Resize the panels/ })).toHaveAttribute('aria-valuenow', '80');
});
