import { useServices } from '../../app/services.js';
import type { Theme } from './theme.js';

/** Switches between light and dark; the choice is remembered. */
export function ThemeToggle({ theme }: { theme: Theme }) {
  const { preferences } = useServices();
  const next: Theme = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="icon-button"
      aria-label={`Switch to ${next} theme`}
      title={`Switch to ${next} theme`}
      onClick={() => preferences.set('theme', next)}
    >
      <span aria-hidden="true">{theme === 'dark' ? '☀' : '☾'}</span>
    </button>
  );
}
