/** t.db against a real SQLite file, opened read-only as in a run. */
import Database from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RunDbReader } from '../../../src-main/checks/db-reader.js';
import { quoteIdentifier } from '../../../src-main/sqlite/quote-identifier.js';
import { failureOf } from './failure-of.js';

let dir: string;
let reader: RunDbReader;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'db-reader-'));
  const path = join(dir, 'lesson.db');
  const db = new Database(path);
  db.exec(`
    CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT DEFAULT 'anon');
    CREATE TABLE todos (id INTEGER PRIMARY KEY, owner_id INTEGER NOT NULL REFERENCES users(id), title TEXT NOT NULL, done INTEGER NOT NULL DEFAULT 0);
    CREATE INDEX todos_by_owner ON todos (owner_id, done);
    CREATE TABLE "odd ""name""" (x);
    CREATE VIEW open_todos AS SELECT * FROM todos WHERE done = 0;
    INSERT INTO users (email) VALUES ('a@x'), ('b@x');
    INSERT INTO todos (owner_id, title, done) VALUES (1, 'one', 0), (1, 'two', 1), (2, 'three', 0);
    INSERT INTO "odd ""name""" VALUES (1);
  `);
  db.close();
  reader = new RunDbReader(path);
});

afterAll(async () => {
  reader.close();
  await rm(dir, { recursive: true, force: true });
});

describe('t.db', () => {
  it('counts rows, with a condition and its parameters', () => {
    expect(reader.count('todos')).toBe(3);
    expect(reader.count('todos', 'owner_id = ? AND done = ?', 1, 0)).toBe(1);
    expect(reader.count('TODOS')).toBe(3);
    expect(reader.count('open_todos')).toBe(2);
    expect(reader.count('odd "name"')).toBe(1);
  });

  it('fails a check naming the tables there are when a table is missing, and never runs the name as SQL', () => {
    expect(failureOf(() => reader.count('notes'))).toBe('The database has no table "notes" (it has "odd "name"", "todos", "users").');
    expect(failureOf(() => reader.columns('users; DROP TABLE users'))).toMatch(/^The database has no table "users; DROP TABLE users"/);
    expect(reader.count('users')).toBe(2);
  });

  it('quotes identifiers', () => {
    expect(quoteIdentifier('a"b')).toBe('"a""b"');
  });

  it('lists the tables, leaving out views and SQLite’s own', () => {
    expect(reader.tables()).toEqual(['odd "name"', 'todos', 'users']);
  });

  it('describes columns', () => {
    expect(reader.columns('users')).toEqual([
      { name: 'id', type: 'INTEGER', notnull: false, pk: true, defaultValue: null },
      { name: 'email', type: 'TEXT', notnull: true, pk: false, defaultValue: null },
      { name: 'name', type: 'TEXT', notnull: false, pk: false, defaultValue: "'anon'" },
    ]);
  });

  it('describes indexes, the ones constraints made too', () => {
    expect(reader.indexes('todos')).toEqual([{ name: 'todos_by_owner', unique: false, columns: ['owner_id', 'done'], origin: 'c', partial: false }]);
    expect(reader.indexes('users')).toEqual([{ name: 'sqlite_autoindex_users_1', unique: true, columns: ['email'], origin: 'u', partial: false }]);
  });

  it('tells whether a query uses an index, from the real query plan', () => {
    const byOwner = reader.queryPlan('SELECT * FROM todos WHERE owner_id = ?', 1);
    expect(byOwner.usesIndex()).toBe(true);
    expect(byOwner.usesIndex('TODOS_BY_OWNER')).toBe(true);
    expect(byOwner.usesIndex('other')).toBe(false);
    expect(byOwner.scannedTables()).toEqual([]);
    expect(byOwner.text).toMatch(/^SEARCH todos USING INDEX todos_by_owner \(owner_id=\?\)$/);

    const byTitle = reader.queryPlan('SELECT * FROM todos WHERE title = ?', 'one');
    expect(byTitle.usesIndex()).toBe(false);
    expect(byTitle.scannedTables()).toEqual(['todos']);

    // An index whose leading column is not the one searched is only read end to end.
    const byDone = reader.queryPlan('SELECT owner_id FROM todos WHERE done = 1');
    expect(byDone.text).toMatch(/^SCAN todos USING COVERING INDEX todos_by_owner$/);
    expect(byDone.usesIndex()).toBe(false);
    expect(byDone.usesIndex('todos_by_owner')).toBe(false);
    expect(byDone.scannedTables()).toEqual(['todos']);

    expect(reader.queryPlan('SELECT * FROM todos WHERE id = 1').usesIndex()).toBe(true);
    expect(reader.queryPlan('SELECT email FROM users WHERE email = ?', 'a@x').usesIndex('sqlite_autoindex_users_1')).toBe(true);
  });

  it('indents nested plan steps', () => {
    const plan = reader.queryPlan('SELECT * FROM users WHERE id IN (SELECT owner_id FROM todos WHERE title = ?)', 'x');
    expect(plan.rows.length).toBeGreaterThan(1);
    expect(plan.text.split('\n').some((line) => line.startsWith('  '))).toBe(true);
  });

  it('still refuses to write', () => {
    expect(() => reader.all('DELETE FROM todos')).toThrow(/^t\.db only reads/);
  });
});
