/**
 * The learner's preferences: theme, the lesson/step they were last on, the hints they revealed and
 * the workbench layout. Kept in localStorage for an instant start and in the backend's settings
 * (`/api/settings`), because the page's origin — and so its localStorage — changes with the
 * backend's port at every launch.
 */
import type { ApiClient } from '../api/client.js';
import { parseRevealedHints, type RevealedHints } from '../features/lesson/hint-reveal.js';
import { defaultWorkbenchLayout, parseWorkbenchLayout, type WorkbenchLayout } from '../features/workbench/workbench-layout.js';
import { readLocal, writeLocal } from '../lib/local-storage.js';

export type ThemePreference = 'system' | 'light' | 'dark';

export interface LastOpened {
  lessonId: string;
  stepId?: string;
}

export interface Preferences {
  theme: ThemePreference;
  lastOpened: LastOpened | undefined;
  revealedHints: RevealedHints;
  /** The panel set under the editor: open tab and size. */
  workbenchLayout: WorkbenchLayout;
}

export const SETTING_KEYS = {
  theme: 'ui.theme',
  lastOpened: 'ui.lastOpened',
  revealedHints: 'guide.revealedHints',
  workbenchLayout: 'ui.workbenchLayout',
} as const satisfies Record<keyof Preferences, string>;

const LOCAL_PREFIX = 'backend-sandbox.';

export function parseTheme(value: unknown): ThemePreference | undefined {
  return value === 'system' || value === 'light' || value === 'dark' ? value : undefined;
}

export function parseLastOpened(value: unknown): LastOpened | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { lessonId, stepId } = value as { lessonId?: unknown; stepId?: unknown };
  if (typeof lessonId !== 'string' || !/^[a-z0-9-]+\/[a-z0-9-]+$/.test(lessonId)) return undefined;
  return typeof stepId === 'string' && stepId.length > 0 ? { lessonId, stepId } : { lessonId };
}

/** Merges stored values over defaults, dropping anything malformed. */
export function toPreferences(values: Record<string, unknown>, fallback: Preferences = defaultPreferences()): Preferences {
  return {
    theme: parseTheme(values[SETTING_KEYS.theme]) ?? fallback.theme,
    lastOpened: parseLastOpened(values[SETTING_KEYS.lastOpened]) ?? fallback.lastOpened,
    revealedHints: parseRevealedHints(values[SETTING_KEYS.revealedHints]) ?? fallback.revealedHints,
    workbenchLayout: parseWorkbenchLayout(values[SETTING_KEYS.workbenchLayout]) ?? fallback.workbenchLayout,
  };
}

export function defaultPreferences(): Preferences {
  return { theme: 'system', lastOpened: undefined, revealedHints: {}, workbenchLayout: defaultWorkbenchLayout() };
}

/** The preferences remembered in this origin's localStorage (the backend's copy comes later). */
export function readLocalPreferences(): Preferences {
  return toPreferences(Object.fromEntries(Object.values(SETTING_KEYS).map((key) => [key, readLocal(LOCAL_PREFIX + key)])));
}

export class PreferencesStore {
  private value: Preferences;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly client: ApiClient) {
    this.value = readLocalPreferences();
  }

  get current(): Preferences {
    return this.value;
  }

  /** Loads the backend's copy; the local copy stands if the backend has none or cannot answer. */
  async load(): Promise<Preferences> {
    try {
      const { settings } = await this.client.getSettings();
      this.value = toPreferences(settings, this.value);
      this.emit();
    } catch {
      // Preferences are a convenience: start with what we have.
    }
    return this.value;
  }

  set<K extends keyof Preferences>(key: K, value: Preferences[K]): void {
    if (JSON.stringify(this.value[key]) === JSON.stringify(value)) return;
    this.value = { ...this.value, [key]: value };
    writeLocal(LOCAL_PREFIX + SETTING_KEYS[key], value ?? null);
    this.client.saveSetting(SETTING_KEYS[key], value ?? null).catch(() => undefined);
    this.emit();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
