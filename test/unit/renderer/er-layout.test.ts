import { describe, expect, it } from 'vitest';
import type { DbColumn, DbForeignKey, DbTable } from '../../../src-main/contract/workbench.js';
import { describeEr, ER, layerOf, layoutEr, rowY } from '../../../src-renderer/features/database/er-layout.js';

const column = (name: string, type = 'INTEGER', primaryKey = 0): DbColumn => ({ name, type, notNull: false, defaultValue: null, primaryKey, generated: false });
const fk = (columns: string[], target: string, to: string[] = []): DbForeignKey => ({ columns, table: target, to, onUpdate: 'NO ACTION', onDelete: 'CASCADE' });

function table(name: string, columns: DbColumn[], foreignKeys: DbForeignKey[] = []): DbTable {
  return { name, kind: 'table', sql: '', rowCount: 0, key: ['rowid'], withoutRowid: false, columns, foreignKeys, indexes: [] };
}

const users = table('users', [column('id', 'INTEGER', 1), column('name', 'TEXT')]);
const lists = table('lists', [column('id', 'INTEGER', 1), column('owner_id')], [fk(['owner_id'], 'users', ['id'])]);
const todos = table('todos', [column('id', 'INTEGER', 1), column('list_id'), column('title', 'TEXT'), column('parent_id')], [fk(['list_id'], 'lists'), fk(['parent_id'], 'todos', ['id'])]);

describe('ER layout', () => {
  it('places each table right of the tables it references', () => {
    expect(Object.fromEntries(layerOf([todos, lists, users]))).toEqual({ users: 0, lists: 1, todos: 2 });
    // A cycle does not loop forever.
    const a = table('a', [column('b_id')], [fk(['b_id'], 'b')]);
    const b = table('b', [column('a_id')], [fk(['a_id'], 'a')]);
    expect([...layerOf([a, b]).values()].sort()).toEqual([0, 1]);
  });

  it('sizes boxes to their columns, never overlapping, inside the drawing', () => {
    const layout = layoutEr([todos, lists, users]);
    for (const box of layout.boxes) {
      expect(box.height).toBe(ER.header + box.columns.length * ER.row + ER.padding / 2);
      expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
      expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
    }
    for (const [i, one] of layout.boxes.entries()) {
      for (const other of layout.boxes.slice(i + 1)) {
        const apart = one.x + one.width <= other.x || other.x + other.width <= one.x || one.y + one.height <= other.y || other.y + other.height <= one.y;
        expect(apart, `${one.table} and ${other.table} overlap`).toBe(true);
      }
    }
    const box = layout.boxes.find((b) => b.table === 'todos')!;
    expect(box.columns.map((c) => [c.name, c.primaryKey, c.foreignKey])).toEqual([['id', true, false], ['list_id', false, true], ['title', false, false], ['parent_id', false, true]]);
  });

  it('draws each foreign key from its column to the referenced column (the primary key when unnamed)', () => {
    const layout = layoutEr([todos, lists, users]);
    const boxes = new Map(layout.boxes.map((b) => [b.table, b]));
    const toLists = layout.edges.find((e) => e.from.table === 'todos' && e.to.table === 'lists')!;
    expect(toLists.to.columns).toEqual(['id']);
    const todosBox = boxes.get('todos')!;
    const listsBox = boxes.get('lists')!;
    expect(toLists.path.startsWith(`M ${todosBox.x} ${rowY(todosBox, 'list_id')} `)).toBe(true);
    expect(toLists.path.endsWith(`${listsBox.x + listsBox.width} ${rowY(listsBox, 'id')}`)).toBe(true);
    // A self-reference loops off the box's own right side.
    const self = layout.edges.find((e) => e.from.table === 'todos' && e.to.table === 'todos')!;
    expect(self.path.startsWith(`M ${todosBox.x + todosBox.width} `)).toBe(true);
  });

  it('marks a foreign key to a missing table as dangling instead of failing', () => {
    const orphan = table('orphan', [column('ghost_id')], [fk(['ghost_id'], 'ghosts')]);
    const layout = layoutEr([orphan]);
    expect(layout.edges).toEqual([expect.objectContaining({ dangling: true, to: { table: 'ghosts', columns: [] } })]);
  });

  it('describes the diagram in words', () => {
    expect(describeEr([])).toBe('The database has no tables yet.');
    expect(describeEr([users])).toBe('1 table: users. No foreign keys.');
    expect(describeEr([lists, users])).toBe('2 tables: lists, users. lists.owner_id references users.id.');
  });
});
