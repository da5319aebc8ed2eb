/**
 * A WAI-ARIA tab list: one tab stop, arrow keys move between tabs and select them, Home/End jump.
 * The caller renders the panels with `tabPanelId` / `tabId` so each names the other.
 */
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { tabIndexForKey } from './workbench-layout.js';

export interface TabItem<T extends string> {
  id: T;
  label: ReactNode;
}

interface Props<T extends string> {
  /** Prefix of the element ids, unique on the page. */
  idPrefix: string;
  label: string;
  tabs: readonly TabItem<T>[];
  selected: T;
  onSelect: (id: T) => void;
  className?: string;
}

export const tabId = (idPrefix: string, id: string) => `${idPrefix}-tab-${id}`;
export const tabPanelId = (idPrefix: string, id: string) => `${idPrefix}-panel-${id}`;

export function TabList<T extends string>({ idPrefix, label, tabs, selected, onSelect, className }: Props<T>) {
  const list = useRef<HTMLDivElement>(null);

  function onKeyDown(event: KeyboardEvent) {
    const current = tabs.findIndex((tab) => tab.id === selected);
    const next = tabIndexForKey(current, tabs.length, event.key);
    if (next === undefined) return;
    event.preventDefault();
    onSelect(tabs[next]!.id);
    list.current?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  }

  return (
    <div ref={list} role="tablist" aria-label={label} className={`tab-list ${className ?? ''}`} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={tabId(idPrefix, tab.id)}
          aria-controls={tabPanelId(idPrefix, tab.id)}
          aria-selected={tab.id === selected}
          tabIndex={tab.id === selected ? 0 : -1}
          className="tab"
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}

/** The panel of one tab; kept mounted while hidden so its state (a half-typed request, a socket log) survives. */
export function TabPanel({ idPrefix, id, selected, children, className }: { idPrefix: string; id: string; selected: boolean; children: ReactNode; className?: string }) {
  return (
    <div role="tabpanel" id={tabPanelId(idPrefix, id)} aria-labelledby={tabId(idPrefix, id)} hidden={!selected} className={`tab-panel ${className ?? ''}`}>
      {children}
    </div>
  );
}
