import { describe, expect, it } from 'vitest';
import { SETTING_KEYS, toPreferences } from '../../../src-renderer/app/preferences.js';
import {
  clampShare,
  defaultWorkbenchLayout,
  MAX_PANEL_SHARE,
  MIN_PANEL_SHARE,
  parseWorkbenchLayout,
  resizeByKey,
  shareAtPointer,
  tabIndexForKey,
} from '../../../src-renderer/features/workbench/workbench-layout.js';

describe('workbench layout', () => {
  it('reads a stored layout and clamps its size', () => {
    expect(parseWorkbenchLayout({ tab: 'database', panelShare: 50 })).toEqual({ tab: 'database', panelShare: 50 });
    expect(parseWorkbenchLayout({ tab: 'timeline', panelShare: 99 })).toEqual({ tab: 'timeline', panelShare: MAX_PANEL_SHARE });
    expect(parseWorkbenchLayout({ tab: 'http', panelShare: 2.4 })).toEqual({ tab: 'http', panelShare: MIN_PANEL_SHARE });
  });

  it('drops a malformed layout, so the preferences fall back to the default', () => {
    for (const bad of [null, 'database', { tab: 'sql', panelShare: 40 }, { tab: 'http' }, { tab: 'http', panelShare: Number.NaN }, { tab: 'http', panelShare: '40' }]) {
      expect(parseWorkbenchLayout(bad)).toBeUndefined();
    }
    expect(toPreferences({ [SETTING_KEYS.workbenchLayout]: { tab: 'nope', panelShare: 40 } }).workbenchLayout).toEqual(defaultWorkbenchLayout());
    expect(toPreferences({ [SETTING_KEYS.workbenchLayout]: { tab: 'websocket', panelShare: 60 } }).workbenchLayout).toEqual({ tab: 'websocket', panelShare: 60 });
  });

  it('resizes with the arrow keys, Home and End, within bounds', () => {
    expect(resizeByKey(30, 'ArrowUp')).toBe(35);
    expect(resizeByKey(30, 'ArrowDown')).toBe(25);
    expect(resizeByKey(MAX_PANEL_SHARE, 'ArrowUp')).toBe(MAX_PANEL_SHARE);
    expect(resizeByKey(MIN_PANEL_SHARE + 2, 'ArrowDown')).toBe(MIN_PANEL_SHARE);
    expect(resizeByKey(30, 'Home')).toBe(MIN_PANEL_SHARE);
    expect(resizeByKey(30, 'End')).toBe(MAX_PANEL_SHARE);
    expect(resizeByKey(30, 'a')).toBeUndefined();
  });

  it('puts the separator under the pointer: the panels take what is below it', () => {
    expect(shareAtPointer(700, 100, 1100)).toBe(40);
    expect(shareAtPointer(100, 100, 1100)).toBe(MAX_PANEL_SHARE);
    expect(shareAtPointer(2000, 100, 1100)).toBe(MIN_PANEL_SHARE);
    expect(shareAtPointer(50, 100, 100)).toBe(MIN_PANEL_SHARE);
    expect(clampShare(33.4)).toBe(33);
  });

  it('moves between tabs like WAI-ARIA tabs: wrapping arrows, Home, End', () => {
    expect(tabIndexForKey(0, 5, 'ArrowRight')).toBe(1);
    expect(tabIndexForKey(4, 5, 'ArrowRight')).toBe(0);
    expect(tabIndexForKey(0, 5, 'ArrowLeft')).toBe(4);
    expect(tabIndexForKey(2, 5, 'Home')).toBe(0);
    expect(tabIndexForKey(2, 5, 'End')).toBe(4);
    expect(tabIndexForKey(2, 5, 'ArrowDown')).toBeUndefined();
  });
});
