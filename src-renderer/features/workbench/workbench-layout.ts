/**
 * The panel set's layout: which tab is open and how much of the middle column the panels take.
 * Remembered through the preferences; pure, so a malformed stored value falls back instead of
 * breaking the page.
 */
export const WORKBENCH_TABS = ['console', 'database', 'http', 'websocket', 'timeline'] as const;
export type WorkbenchTab = (typeof WORKBENCH_TABS)[number];

export const TAB_LABELS: Record<WorkbenchTab, string> = {
  console: 'Console',
  database: 'Database',
  http: 'HTTP',
  websocket: 'WebSocket',
  timeline: 'Timeline',
};

export interface WorkbenchLayout {
  tab: WorkbenchTab;
  /** Percent of the middle column's height given to the panels (the editor keeps the rest). */
  panelShare: number;
}

export const MIN_PANEL_SHARE = 15;
export const MAX_PANEL_SHARE = 85;
/** One arrow key press on the separator. */
export const RESIZE_STEP = 5;

export function defaultWorkbenchLayout(): WorkbenchLayout {
  return { tab: 'console', panelShare: 30 };
}

export function clampShare(share: number): number {
  return Math.round(Math.min(MAX_PANEL_SHARE, Math.max(MIN_PANEL_SHARE, share)));
}

export function isWorkbenchTab(value: unknown): value is WorkbenchTab {
  return typeof value === 'string' && (WORKBENCH_TABS as readonly string[]).includes(value);
}

export function parseWorkbenchLayout(value: unknown): WorkbenchLayout | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { tab, panelShare } = value as { tab?: unknown; panelShare?: unknown };
  if (!isWorkbenchTab(tab) || typeof panelShare !== 'number' || !Number.isFinite(panelShare)) return undefined;
  return { tab, panelShare: clampShare(panelShare) };
}

/**
 * The separator sits above the panels: ArrowUp moves it up (bigger panels), ArrowDown down,
 * Home to the smallest panels, End to the largest. Undefined for any other key.
 */
export function resizeByKey(share: number, key: string): number | undefined {
  switch (key) {
    case 'ArrowUp':
      return clampShare(share + RESIZE_STEP);
    case 'ArrowDown':
      return clampShare(share - RESIZE_STEP);
    case 'Home':
      return MIN_PANEL_SHARE;
    case 'End':
      return MAX_PANEL_SHARE;
    default:
      return undefined;
  }
}

/** The share that puts the separator at `pointerY`, given the middle column's top and bottom. */
export function shareAtPointer(pointerY: number, columnTop: number, columnBottom: number): number {
  const height = columnBottom - columnTop;
  if (height <= 0) return MIN_PANEL_SHARE;
  return clampShare(((columnBottom - pointerY) / height) * 100);
}

/**
 * WAI-ARIA tabs: Left/Right move to the previous/next tab (wrapping), Home/End to the first/last.
 * Returns the index to focus, or undefined for any other key.
 */
export function tabIndexForKey(current: number, count: number, key: string): number | undefined {
  switch (key) {
    case 'ArrowRight':
      return (current + 1) % count;
    case 'ArrowLeft':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
