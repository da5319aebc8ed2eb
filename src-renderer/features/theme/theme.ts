/** Light or dark: the learner's choice, else the system's. */
import type { ThemePreference } from '../../app/preferences.js';

export type Theme = 'light' | 'dark';

export function effectiveTheme(preference: ThemePreference, systemPrefersDark: boolean): Theme {
  if (preference === 'light' || preference === 'dark') return preference;
  return systemPrefersDark ? 'dark' : 'light';
}

/** Monaco's own vs / vs-dark, with the background matched to the app's surfaces (defined in monaco-setup). */
export function monacoThemeFor(theme: Theme): 'sandbox-light' | 'sandbox-dark' {
  return theme === 'dark' ? 'sandbox-dark' : 'sandbox-light';
}

/** Sets the theme on <html> before React renders, from the locally remembered choice, so nothing flashes. */
export function applyThemeToDocument(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  document.documentElement.style.colorScheme = theme;
}
