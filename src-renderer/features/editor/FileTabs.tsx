/** The lesson's files as tabs (entry first). Arrow keys move between tabs, as in any tab list. */
import { useRef, type KeyboardEvent } from 'react';
import { fileName } from '../../api/paths.js';

interface Props {
  paths: string[];
  active: string;
  entry: string;
  panelId: string;
  onSelect: (path: string) => void;
}

export function tabId(path: string): string {
  return `file-tab-${path.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

export function FileTabs({ paths, active, entry, panelId, onSelect }: Props) {
  const list = useRef<HTMLDivElement>(null);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = paths.indexOf(active);
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: paths.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const path = paths[(target + paths.length) % paths.length];
    if (!path) return;
    onSelect(path);
    list.current?.querySelector<HTMLButtonElement>(`#${tabId(path)}`)?.focus();
  }

  return (
    <div className="file-tabs" role="tablist" aria-label="Lesson files" ref={list} onKeyDown={onKeyDown}>
      {paths.map((path) => (
        <button
          key={path}
          id={tabId(path)}
          type="button"
          role="tab"
          className="file-tab"
          aria-selected={path === active}
          aria-controls={panelId}
          tabIndex={path === active ? 0 : -1}
          title={path}
          onClick={() => onSelect(path)}
        >
          {fileName(path)}
          {path === entry && <span className="file-tab-entry"> · entry</span>}
        </button>
      ))}
    </div>
  );
}
