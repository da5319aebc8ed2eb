/**
 * The lesson's files as a tree (WAI-ARIA tree pattern): folders open and close, the entry file
 * comes first, the open file is selected, and files with unsaved changes carry a dot. One tab
 * stop; the keys are in file-tree.ts.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useFileSaveStatus } from '../../app/hooks.js';
import { allFolderIds, buildFileTree, toggleFolder, treeKeyDown, visibleNodes, type TreeNode, type TreeState } from './file-tree.js';

interface Props {
  lessonId: string;
  paths: string[];
  entry: string;
  active: string;
  onOpen: (path: string) => void;
}

export function FileTree({ lessonId, paths, entry, active, onOpen }: Props) {
  const tree = useMemo(() => buildFileTree(paths, entry), [paths, entry]);
  const [state, setState] = useState<TreeState>(() => ({ focused: active, expanded: new Set(allFolderIds(tree)) }));
  const items = useRef(new Map<string, HTMLElement>());
  const moveFocus = useRef(false);

  // Only a key press moves DOM focus; rendering alone never steals it from the editor.
  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    items.current.get(state.focused)?.focus();
  }, [state.focused]);

  // The roving tab stop must sit on a node that is shown, or the tree could not be reached with Tab.
  const visible = visibleNodes(tree, state.expanded);
  const tabStop = visible.some((node) => node.id === state.focused) ? state.focused : (visible[0]?.id ?? '');

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const outcome = treeKeyDown(tree, { ...state, focused: tabStop }, event.key);
    if (!outcome) return;
    event.preventDefault();
    moveFocus.current = true;
    setState(outcome.state);
    if (outcome.open) onOpen(outcome.open);
  }

  function onClick(node: TreeNode) {
    if (node.kind === 'folder') setState((current) => ({ ...toggleFolder(current, node.id), focused: node.id }));
    else {
      setState((current) => ({ ...current, focused: node.id }));
      onOpen(node.id);
    }
  }

  const register = (id: string) => (element: HTMLElement | null) => {
    if (element) items.current.set(id, element);
    else items.current.delete(id);
  };

  function renderNodes(nodes: readonly TreeNode[]) {
    return nodes.map((node, index) => (
      <li
        key={node.id}
        ref={register(node.id)}
        role="treeitem"
        // A folder's content includes its children: name it by itself.
        aria-label={node.kind === 'folder' ? node.name : undefined}
        aria-level={node.level}
        aria-setsize={nodes.length}
        aria-posinset={index + 1}
        aria-expanded={node.kind === 'folder' ? state.expanded.has(node.id) : undefined}
        aria-selected={node.kind === 'file' ? node.id === active : undefined}
        tabIndex={node.id === tabStop ? 0 : -1}
        className={`tree-item tree-${node.kind}`}
      >
        <span
          className="tree-row"
          style={{ paddingLeft: `${8 + (node.level - 1) * 14}px` }}
          onClick={(event) => {
            event.stopPropagation();
            onClick(node);
          }}
        >
          {node.kind === 'folder' ? <FolderLabel name={node.name} /> : <FileLabel lessonId={lessonId} path={node.id} name={node.name} isEntry={node.isEntry} />}
        </span>
        {node.kind === 'folder' && state.expanded.has(node.id) && <ul role="group">{renderNodes(node.children)}</ul>}
      </li>
    ));
  }

  return (
    <ul className="file-tree" role="tree" aria-label="Lesson files" onKeyDown={onKeyDown} data-testid="file-tree">
      {renderNodes(tree)}
    </ul>
  );
}

function FolderLabel({ name }: { name: string }) {
  return (
    <>
      <span className="tree-twisty" aria-hidden="true" />
      <span className="tree-name">{name}</span>
    </>
  );
}

function FileLabel({ lessonId, path, name, isEntry }: { lessonId: string; path: string; name: string; isEntry: boolean }) {
  const status = useFileSaveStatus(lessonId, path);
  const unsaved = status === 'pending' || status === 'saving' || status === 'error';
  return (
    <>
      <span className="tree-name">{name}</span>
      {isEntry && <span className="tree-entry"> · entry</span>}
      {unsaved && (
        <span className={`tree-unsaved${status === 'error' ? ' is-error' : ''}`} title={status === 'error' ? 'Not saved' : 'Unsaved changes'}>
          <span aria-hidden="true">●</span>
          <span className="visually-hidden">{status === 'error' ? ' (not saved)' : ' (unsaved changes)'}</span>
        </span>
      )}
    </>
  );
}
