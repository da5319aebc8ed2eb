import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { resolveBrowserToken, takeTokenFromHash } from './api/token.js';
import { App } from './app/App.js';
import { readLocalPreferences } from './app/preferences.js';
import { applyThemeToDocument, effectiveTheme } from './features/theme/theme.js';
import './styles/base.css';

applyThemeToDocument(effectiveTheme(readLocalPreferences().theme, window.matchMedia('(prefers-color-scheme: dark)').matches));

// Read (and strip from the address bar) before React renders anything.
const token = resolveBrowserToken();
if (!token) {
  // Pasting the printed URL into this same tab only changes the fragment: start over with it.
  window.addEventListener('hashchange', () => {
    if (takeTokenFromHash(window.location.hash).token) window.location.reload();
  });
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App token={token} />
  </StrictMode>,
);
