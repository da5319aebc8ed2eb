/** Window state: real files in a temp folder; a plain object plays the BrowserWindow. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  loadWindowState,
  placeWindow,
  rememberWindowState,
  saveWindowState,
  type Rectangle,
  type WindowState,
} from '../../../src-main/electron/window-state.js';
import { WINDOW_SIZE } from '../../../src-main/electron/window-options.js';
import { useTempDir } from '../../support/temp-dir.js';

const laptop: Rectangle = { x: 0, y: 0, width: 1920, height: 1050 };
const rightMonitor: Rectangle = { x: 1920, y: 0, width: 2560, height: 1400 };
const state = (overrides: Partial<WindowState> = {}): WindowState => ({ x: 100, y: 80, width: 1300, height: 850, maximized: false, ...overrides });

describe('window state file', () => {
  const tempDir = useTempDir('backend-sandbox-window-state-');

  it('reads back what it saved, creating the data folder if needed', () => {
    const file = join(tempDir(), 'not-yet', 'window-state.json');
    saveWindowState(file, state({ maximized: true }));
    expect(loadWindowState(file)).toEqual(state({ maximized: true }));
    expect(readdirSync(join(file, '..'))).toEqual(['window-state.json']);
  });

  it('has no memory without a file', () => {
    expect(loadWindowState(join(tempDir(), 'window-state.json'))).toBeUndefined();
  });

  it.each([
    ['broken JSON', '{"x": 1,'],
    ['a missing field', JSON.stringify({ x: 1, y: 2, width: 800 , maximized: false })],
    ['a negative size', JSON.stringify({ ...state(), width: -5 })],
    ['a fractional position', JSON.stringify({ ...state(), x: 1.5 })],
    ['the wrong type', JSON.stringify({ ...state(), maximized: 'yes' })],
    ['an array', '[]'],
  ])('treats a file with %s as no memory, without throwing', (_what, text) => {
    const file = join(tempDir(), 'window-state.json');
    writeFileSync(file, text);
    expect(loadWindowState(file)).toBeUndefined();
  });

  it('refuses to write a state the schema rejects, leaving the old file as it was', () => {
    const file = join(tempDir(), 'window-state.json');
    saveWindowState(file, state());
    expect(() => saveWindowState(file, state({ width: Number.NaN }))).toThrow();
    expect(loadWindowState(file)).toEqual(state());
  });
});

describe('placeWindow', () => {
  it('opens at the default size, centred, when nothing is remembered', () => {
    expect(placeWindow(undefined, [laptop], WINDOW_SIZE)).toEqual({ bounds: { width: 1400, height: 900 }, maximized: false });
  });

  it('opens where it was when that still fits', () => {
    expect(placeWindow(state(), [laptop], WINDOW_SIZE)).toEqual({ bounds: { x: 100, y: 80, width: 1300, height: 850 }, maximized: false });
  });

  it('stays on the second monitor it was left on', () => {
    const onRight = state({ x: 2200, y: 100 });
    expect(placeWindow(onRight, [laptop, rightMonitor], WINDOW_SIZE).bounds).toEqual({ x: 2200, y: 100, width: 1300, height: 850 });
  });

  it('comes back to the centre of the primary display when its monitor is gone', () => {
    const onRight = state({ x: 2200, y: 100, maximized: true });
    expect(placeWindow(onRight, [laptop], WINDOW_SIZE)).toEqual({ bounds: { width: 1400, height: 900 }, maximized: true });
  });

  it('is pulled wholly onto the display it mostly overlaps', () => {
    const hanging = state({ x: 1500, y: 600 });
    expect(placeWindow(hanging, [laptop], WINDOW_SIZE).bounds).toEqual({ x: 620, y: 200, width: 1300, height: 850 });
  });

  it('shrinks to the work area of a smaller display, but not below the minimum size', () => {
    const small: Rectangle = { x: 0, y: 30, width: 1280, height: 690 };
    expect(placeWindow(state({ x: 0, y: 30, width: 2400, height: 1300 }), [small], WINDOW_SIZE).bounds).toEqual({ x: 0, y: 30, width: 1280, height: 690 });
    expect(placeWindow(state({ x: 10, y: 40, width: 200, height: 100 }), [small], WINDOW_SIZE).bounds).toEqual({ x: 10, y: 40, width: 900, height: 600 });
  });

  it('fits a display smaller than the minimum size rather than hang off it', () => {
    const tiny: Rectangle = { x: 0, y: 0, width: 800, height: 500 };
    expect(placeWindow(state({ x: 0, y: 0 }), [tiny], WINDOW_SIZE).bounds).toEqual({ x: 0, y: 0, width: 800, height: 500 });
  });

  it('keeps the maximised state and the place to return to', () => {
    expect(placeWindow(state({ maximized: true }), [laptop], WINDOW_SIZE)).toEqual({ bounds: { x: 100, y: 80, width: 1300, height: 850 }, maximized: true });
  });
});

describe('rememberWindowState', () => {
  const tempDir = useTempDir('backend-sandbox-window-state-');

  function closingWindow(normal: Rectangle, maximized: boolean) {
    let onClose: (() => void) | undefined;
    return {
      window: { once: (_event: 'close', listener: () => void) => (onClose = listener), getNormalBounds: () => normal, isMaximized: () => maximized },
      close: () => onClose?.(),
    };
  }

  it('saves the normal bounds and the maximised state when the window closes', () => {
    const file = join(tempDir(), 'window-state.json');
    const { window, close } = closingWindow({ x: 10.4, y: 20.6, width: 1000, height: 700 }, true);
    rememberWindowState(window, file, (error) => {
      throw error;
    });
    expect(existsSync(file)).toBe(false);
    close();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ x: 10, y: 21, width: 1000, height: 700, maximized: true });
  });

  it('reports a state it cannot save instead of failing the close', () => {
    const blocker = join(tempDir(), 'a-file');
    writeFileSync(blocker, '');
    const errors: unknown[] = [];
    const { window, close } = closingWindow({ x: 0, y: 0, width: 1000, height: 700 }, false);
    rememberWindowState(window, join(blocker, 'window-state.json'), (error) => errors.push(error));
    expect(() => close()).not.toThrow();
    expect(errors).toHaveLength(1);
  });
});
