/**
 * The window's size, position and maximised state, remembered in a small JSON file in the data
 * folder. The file is read through a schema (a damaged or hand-edited file means "no memory",
 * never a crash), and the remembered place is fitted onto the displays there are now: a monitor
 * that has been unplugged must not leave the window off screen. Electron's objects are
 * parameters (only the members used), so tests pass plain stand-ins.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

const WindowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export interface WindowSize {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
}

export interface WindowPlacement {
  /** Without x and y Electron centres the window. */
  bounds: { x?: number; y?: number; width: number; height: number };
  maximized: boolean;
}

export const WINDOW_STATE_FILE = 'window-state.json';

/** The remembered state, or undefined if there is none or it cannot be trusted. */
export function loadWindowState(file: string): WindowState | undefined {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  const parsed = WindowStateSchema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}

/** Written to a temporary file and renamed, so a crash mid-write leaves the old state, not half a file. */
export function saveWindowState(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(WindowStateSchema.parse(state)));
  renameSync(temporary, file);
}

/**
 * Where the window opens: the remembered place, moved and shrunk as little as needed to fit
 * wholly inside the work area of the display it overlaps most; centred at the default size on
 * the primary display if it overlaps none (or nothing is remembered).
 */
export function placeWindow(saved: WindowState | undefined, workAreas: readonly Rectangle[], size: WindowSize): WindowPlacement {
  const area = saved && bestOverlap(saved, workAreas);
  if (!saved || !area) return { bounds: { width: size.width, height: size.height }, maximized: saved?.maximized ?? false };
  const width = clamp(saved.width, Math.min(size.minWidth, area.width), area.width);
  const height = clamp(saved.height, Math.min(size.minHeight, area.height), area.height);
  return {
    bounds: {
      x: clamp(saved.x, area.x, area.x + area.width - width),
      y: clamp(saved.y, area.y, area.y + area.height - height),
      width,
      height,
    },
    maximized: saved.maximized,
  };
}

/** The members of Electron's BrowserWindow that remembering needs. */
export interface RememberedWindow {
  once(event: 'close', listener: () => void): unknown;
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
}

/**
 * Saves the state when the window closes. The normal bounds, not the current ones: a maximised
 * window is remembered as maximised *and* with the place it returns to when un-maximised.
 */
export function rememberWindowState(window: RememberedWindow, file: string, onError: (error: unknown) => void): void {
  window.once('close', () => {
    try {
      saveWindowState(file, { ...roundRectangle(window.getNormalBounds()), maximized: window.isMaximized() });
    } catch (error) {
      onError(error); // losing the window's place is not worth failing the quit over
    }
  });
}

function bestOverlap(rect: Rectangle, areas: readonly Rectangle[]): Rectangle | undefined {
  let best: Rectangle | undefined;
  let bestOverlapArea = 0;
  for (const area of areas) {
    const overlap = overlapArea(rect, area);
    if (overlap > bestOverlapArea) [best, bestOverlapArea] = [area, overlap];
  }
  return best;
}

function overlapArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

function roundRectangle(rect: Rectangle): Rectangle {
  return { x: Math.round(rect.x), y: Math.round(rect.y), width: Math.round(rect.width), height: Math.round(rect.height) };
}
