/**
 * The lesson's files as a tree, and the WAI-ARIA tree pattern's keyboard rules over it. Pure: the
 * component only renders what these functions decide.
 *
 * Order within a folder: the entry file (or the folder holding it) first, then folders, then
 * files, each by name. Node ids are paths; a folder's id is its path without a trailing slash
 * (workspace file names always carry an extension and folder names never do, so ids cannot clash).
 */

export interface FileNode {
  kind: 'file';
  id: string;
  name: string;
  /** 1 at the top, as `aria-level` counts. */
  level: number;
  parent: string | undefined;
  isEntry: boolean;
}

export interface FolderNode {
  kind: 'folder';
  id: string;
  name: string;
  level: number;
  parent: string | undefined;
  children: TreeNode[];
}

export type TreeNode = FileNode | FolderNode;

export function buildFileTree(paths: readonly string[], entry: string): TreeNode[] {
  const root: TreeNode[] = [];
  const folders = new Map<string, FolderNode>();
  for (const path of paths) {
    const segments = path.split('/');
    let siblings = root;
    let parent: string | undefined;
    segments.slice(0, -1).forEach((name, index) => {
      const id = segments.slice(0, index + 1).join('/');
      let folder = folders.get(id);
      if (!folder) {
        folder = { kind: 'folder', id, name, level: index + 1, parent, children: [] };
        folders.set(id, folder);
        siblings.push(folder);
      }
      siblings = folder.children;
      parent = id;
    });
    siblings.push({ kind: 'file', id: path, name: segments.at(-1) ?? path, level: segments.length, parent, isEntry: path === entry });
  }
  return sortTree(root, entry);
}

function sortTree(nodes: TreeNode[], entry: string): TreeNode[] {
  const rank = (node: TreeNode) => (holdsEntry(node, entry) ? 0 : node.kind === 'folder' ? 1 : 2);
  return nodes
    .map((node) => (node.kind === 'folder' ? { ...node, children: sortTree(node.children, entry) } : node))
    .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'en'));
}

function holdsEntry(node: TreeNode, entry: string): boolean {
  return node.kind === 'file' ? node.id === entry : entry.startsWith(`${node.id}/`);
}

/** Every folder id in the tree: lessons are small, so all start open. */
export function allFolderIds(nodes: readonly TreeNode[]): string[] {
  return nodes.flatMap((node) => (node.kind === 'folder' ? [node.id, ...allFolderIds(node.children)] : []));
}

/** The nodes a reader sees, top to bottom: children of open folders only. */
export function visibleNodes(nodes: readonly TreeNode[], expanded: ReadonlySet<string>): TreeNode[] {
  return nodes.flatMap((node) =>
    node.kind === 'folder' && expanded.has(node.id) ? [node, ...visibleNodes(node.children, expanded)] : [node],
  );
}

export interface TreeState {
  /** The node that holds the roving tab stop. */
  focused: string;
  expanded: ReadonlySet<string>;
}

export interface TreeKeyOutcome {
  state: TreeState;
  /** A file to open in the editor. */
  open?: string;
}

/** Opens or closes a folder; focus inside a folder that closes moves to the folder. */
export function toggleFolder(state: TreeState, folderId: string): TreeState {
  const expanded = new Set(state.expanded);
  if (expanded.delete(folderId)) {
    const focused = state.focused.startsWith(`${folderId}/`) ? folderId : state.focused;
    return { focused, expanded };
  }
  expanded.add(folderId);
  return { ...state, expanded };
}

/**
 * The tree pattern's keys (https://www.w3.org/WAI/ARIA/apg/patterns/treeview/): Up/Down move,
 * Right opens a folder or enters it, Left closes it or goes to the parent, Home/End jump, Enter or
 * Space opens a file or toggles a folder, and a letter moves to the next node starting with it.
 * Undefined for keys the tree does not handle (so the browser keeps them, e.g. Tab).
 */
export function treeKeyDown(nodes: readonly TreeNode[], state: TreeState, key: string): TreeKeyOutcome | undefined {
  const visible = visibleNodes(nodes, state.expanded);
  const index = Math.max(0, visible.findIndex((node) => node.id === state.focused));
  const node = visible[index];
  if (!node) return undefined;
  const focus = (target: TreeNode | undefined): TreeKeyOutcome => ({ state: target ? { ...state, focused: target.id } : state });
  const isOpenFolder = node.kind === 'folder' && state.expanded.has(node.id);

  switch (key) {
    case 'ArrowDown':
      return focus(visible[index + 1]);
    case 'ArrowUp':
      return focus(visible[index - 1]);
    case 'Home':
      return focus(visible[0]);
    case 'End':
      return focus(visible.at(-1));
    case 'ArrowRight':
      if (node.kind === 'file') return focus(undefined);
      return isOpenFolder ? focus(node.children[0]) : { state: toggleFolder(state, node.id) };
    case 'ArrowLeft':
      if (isOpenFolder) return { state: toggleFolder(state, node.id) };
      return focus(visible.find((n) => n.id === node.parent));
    case 'Enter':
    case ' ':
      return node.kind === 'file' ? { state, open: node.id } : { state: toggleFolder(state, node.id) };
    default:
      return typeAhead(visible, index, key, state);
  }
}

function typeAhead(visible: TreeNode[], index: number, key: string, state: TreeState): TreeKeyOutcome | undefined {
  if (key.length !== 1 || !/\S/.test(key)) return undefined;
  const after = [...visible.slice(index + 1), ...visible.slice(0, index + 1)];
  const match = after.find((node) => node.name.toLowerCase().startsWith(key.toLowerCase()));
  return { state: match ? { ...state, focused: match.id } : state };
}
