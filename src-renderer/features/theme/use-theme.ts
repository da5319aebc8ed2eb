import { useEffect, useSyncExternalStore } from 'react';
import { usePreferences } from '../../app/hooks.js';
import { applyThemeToDocument, effectiveTheme, type Theme } from './theme.js';

const query = '(prefers-color-scheme: dark)';

function subscribeToSystem(notify: () => void): () => void {
  const media = window.matchMedia(query);
  media.addEventListener('change', notify);
  return () => media.removeEventListener('change', notify);
}

/** The theme in force; also sets it on <html> so the CSS follows. */
export function useTheme(): Theme {
  const { theme: preference } = usePreferences();
  const systemDark = useSyncExternalStore(subscribeToSystem, () => window.matchMedia(query).matches);
  const theme = effectiveTheme(preference, systemDark);
  useEffect(() => applyThemeToDocument(theme), [theme]);
  return theme;
}
