import { describe, expect, it } from 'vitest';
import { DOCUMENTATION, menuTemplate } from '../../../src-main/electron/app-menu.js';

type MenuItemConstructorOptions = ReturnType<typeof menuTemplate>[number];

function template(platform: NodeJS.Platform) {
  const opened: string[] = [];
  let dataFolderShown = 0;
  const menu = menuTemplate(platform, { openDocumentation: (url) => opened.push(url), showDataFolder: () => (dataFolderShown += 1) });
  return { menu, opened, dataFolderShown: () => dataFolderShown };
}

function submenu(menu: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const item = menu.find((entry) => entry.label === label || entry.role === label);
  if (!Array.isArray(item?.submenu)) throw new Error(`no submenu ${label}`);
  return item.submenu;
}

const roles = (items: MenuItemConstructorOptions[]) => items.filter((item) => item.role).map((item) => item.role);

describe('menuTemplate', () => {
  it('has the standard Edit items as roles, so their shortcuts are the platform ones', () => {
    expect(roles(submenu(template('linux').menu, '&Edit'))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectAll']);
  });

  it('has View items for reload, developer tools, zoom and full screen, and the standard Window menu', () => {
    const { menu } = template('linux');
    expect(roles(submenu(menu, '&View'))).toEqual(['reload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(menu.some((item) => item.role === 'windowMenu')).toBe(true);
  });

  it('puts the app menu first on macOS only, and Quit in File elsewhere', () => {
    expect(template('darwin').menu[0]).toEqual({ role: 'appMenu' });
    expect(roles(submenu(template('darwin').menu, '&File'))).toEqual(['close']);
    const linux = template('linux').menu;
    expect(linux.some((item) => item.role === 'appMenu')).toBe(false);
    expect(roles(submenu(linux, '&File'))).toEqual(['quit']);
  });

  it('opens every Help item in the system browser, each an https link', () => {
    const { menu, opened } = template('win32');
    const help = submenu(menu, 'help');
    expect(help.map((item) => item.label)).toEqual(DOCUMENTATION.map((link) => link.label));
    for (const item of help) item.click?.({} as never, undefined, {} as never);
    expect(opened).toEqual(DOCUMENTATION.map((link) => link.url));
    for (const url of opened) expect(new URL(url).protocol).toBe('https:');
  });

  it('shows the data folder from File', () => {
    const { menu, dataFolderShown } = template('linux');
    submenu(menu, '&File')[0]?.click?.({} as never, undefined, {} as never);
    expect(dataFolderShown()).toBe(1);
  });
});
