import { describe, expect, it } from 'vitest';
import {
  allFolderIds,
  buildFileTree,
  toggleFolder,
  treeKeyDown,
  visibleNodes,
  type TreeNode,
  type TreeState,
} from '../../../src-renderer/features/editor/file-tree.js';

const paths = ['db.ts', 'routes/users.ts', 'routes/todos.ts', 'routes/admin/audit.ts', 'server.ts', 'schema.sql'];
const tree = buildFileTree(paths, 'server.ts');
const allOpen = new Set(allFolderIds(tree));
const ids = (nodes: readonly TreeNode[]) => nodes.map((n) => n.id);

describe('building the file tree', () => {
  it('puts the entry first, then folders, then files, each by name', () => {
    expect(ids(tree)).toEqual(['server.ts', 'routes', 'db.ts', 'schema.sql']);
    const routes = tree[1]!;
    expect(routes.kind === 'folder' && ids(routes.children)).toEqual(['routes/admin', 'routes/todos.ts', 'routes/users.ts']);
  });

  it('gives every node its name, level and parent', () => {
    const audit = visibleNodes(tree, allOpen).find((n) => n.id === 'routes/admin/audit.ts');
    expect(audit).toMatchObject({ kind: 'file', name: 'audit.ts', level: 3, parent: 'routes/admin', isEntry: false });
    expect(tree[0]).toMatchObject({ name: 'server.ts', level: 1, parent: undefined, isEntry: true });
  });

  it('lifts the folder holding the entry above its siblings', () => {
    expect(ids(buildFileTree(['a.ts', 'lib/x.ts', 'src/server.ts'], 'src/server.ts'))).toEqual(['src', 'lib', 'a.ts']);
  });

  it('lists only the children of open folders', () => {
    expect(ids(visibleNodes(tree, allOpen))).toEqual([
      'server.ts',
      'routes',
      'routes/admin',
      'routes/admin/audit.ts',
      'routes/todos.ts',
      'routes/users.ts',
      'db.ts',
      'schema.sql',
    ]);
    expect(ids(visibleNodes(tree, new Set(['routes/admin'])))).toEqual(['server.ts', 'routes', 'db.ts', 'schema.sql']);
  });

  it('moves focus out of a folder that closes', () => {
    const state = toggleFolder({ focused: 'routes/todos.ts', expanded: allOpen }, 'routes');
    expect(state.focused).toBe('routes');
    expect(state.expanded.has('routes')).toBe(false);
    expect(toggleFolder(state, 'routes').expanded.has('routes')).toBe(true);
  });
});

describe('tree keyboard (WAI-ARIA tree pattern)', () => {
  const press = (state: TreeState, ...keys: string[]) => {
    let current = state;
    let opened: string | undefined;
    for (const key of keys) {
      const outcome = treeKeyDown(tree, current, key);
      if (!outcome) throw new Error(`${key} was not handled`);
      current = outcome.state;
      opened = outcome.open ?? opened;
    }
    return { state: current, opened };
  };
  const start: TreeState = { focused: 'server.ts', expanded: allOpen };

  it('moves down and up through the shown nodes and stops at the ends', () => {
    expect(press(start, 'ArrowDown', 'ArrowDown').state.focused).toBe('routes/admin');
    expect(press(start, 'ArrowUp').state.focused).toBe('server.ts');
    expect(press(start, 'End').state.focused).toBe('schema.sql');
    expect(press(start, 'End', 'ArrowDown').state.focused).toBe('schema.sql');
    expect(press(start, 'End', 'Home').state.focused).toBe('server.ts');
  });

  it('opens a file with Enter (or Space), which is how the editor is reached', () => {
    const { state, opened } = press(start, 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'Enter');
    expect(state.focused).toBe('routes/todos.ts');
    expect(opened).toBe('routes/todos.ts');
    expect(press(start, ' ').opened).toBe('server.ts');
  });

  it('closes an open folder with Left, then goes to its parent; Right reopens, then enters', () => {
    const onAdmin: TreeState = { focused: 'routes/admin', expanded: allOpen };
    const closed = press(onAdmin, 'ArrowLeft').state;
    expect(closed.focused).toBe('routes/admin');
    expect(closed.expanded.has('routes/admin')).toBe(false);
    expect(press(onAdmin, 'ArrowLeft', 'ArrowLeft').state.focused).toBe('routes');
    expect(press(onAdmin, 'ArrowLeft', 'ArrowRight').state.expanded.has('routes/admin')).toBe(true);
    expect(press(onAdmin, 'ArrowRight').state.focused).toBe('routes/admin/audit.ts');
  });

  it('goes from a file to its folder with Left, and leaves a file alone on Right', () => {
    const onTodos: TreeState = { focused: 'routes/todos.ts', expanded: allOpen };
    expect(press(onTodos, 'ArrowLeft').state.focused).toBe('routes');
    expect(press(onTodos, 'ArrowRight').state).toEqual(onTodos);
    expect(press(start, 'ArrowLeft').state).toEqual(start);
  });

  it('toggles a folder with Enter and skips its hidden children', () => {
    const { state, opened } = press({ focused: 'routes', expanded: allOpen }, 'Enter', 'ArrowDown');
    expect(opened).toBeUndefined();
    expect(state.focused).toBe('db.ts');
  });

  it('jumps to the next node whose name starts with a typed letter', () => {
    expect(press(start, 'd').state.focused).toBe('db.ts');
    expect(press(start, 't').state.focused).toBe('routes/todos.ts');
    expect(press(start, 'R', 'r').state.focused).toBe('routes');
    expect(press(start, 's').state.focused).toBe('schema.sql');
    expect(press(start, 's', 's').state.focused).toBe('server.ts');
  });

  it('leaves other keys to the browser', () => {
    expect(treeKeyDown(tree, start, 'Tab')).toBeUndefined();
    expect(treeKeyDown(tree, start, 'Escape')).toBeUndefined();
  });
});
