/**
 * The application menu as a plain template: the standard Edit, View and Window items through
 * Electron's roles (so their shortcuts and platform behaviour are Electron's own), and a Help
 * menu that opens the reference documentation of what the lessons use in the system browser.
 */
import type { MenuItemConstructorOptions } from 'electron';

export interface DocumentationLink {
  label: string;
  url: string;
}

/** The documentation a learner reaches for while doing the lessons, all https. */
export const DOCUMENTATION: readonly DocumentationLink[] = [
  { label: 'Express 5 API reference', url: 'https://expressjs.com/en/5x/api.html' },
  { label: 'better-sqlite3 API', url: 'https://github.com/WiseLibs/better-sqlite3/blob/master/docs/api.md' },
  { label: 'SQLite SQL reference', url: 'https://www.sqlite.org/lang.html' },
  { label: 'HTTP on MDN', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP' },
  { label: 'Node.js documentation', url: 'https://nodejs.org/docs/latest-v20.x/api/' },
];

export interface MenuActions {
  /** Opens a documentation link in the system browser. */
  openDocumentation(url: string): void;
  /** Shows the data folder (drafts, progress, lesson databases) in the file manager. */
  showDataFolder(): void;
}

export function menuTemplate(platform: NodeJS.Platform, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  return [
    // macOS puts About, Hide and Quit in a menu named after the app.
    ...(mac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    { label: '&File', submenu: [{ label: 'Show Data Folder', click: actions.showDataFolder }, { type: 'separator' }, mac ? { role: 'close' } : { role: 'quit' }] },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'delete' },
        { type: 'separator' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'reload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: DOCUMENTATION.map(({ label, url }) => ({ label, click: () => actions.openDocumentation(url) })),
    },
  ];
}
