// The application menu: standard editing commands everywhere (members paste text from papers),
// each platform's own order of menus, and developer tools only in development builds.
import type { MenuItemConstructorOptions } from 'electron';
import { importMenuItemId, menuTemplate } from '../../electron/main/menu';

function submenuOf(
  template: MenuItemConstructorOptions[],
  label: string,
): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu;
}

const roles = (items: MenuItemConstructorOptions[]): unknown[] =>
  items.filter((item) => item.role !== undefined).map((item) => item.role);

const imports: string[] = [];
const onImport = () => imports.push('import');
const windows = { platform: 'win32' as const, isPackaged: true, appName: 'Scrutineer', onImport };
const mac = { platform: 'darwin' as const, isPackaged: true, appName: 'Scrutineer', onImport };

describe('the application menu', () => {
  it('offers undo, redo, cut, copy, paste and select all by their standard roles', () => {
    expect(roles(submenuOf(menuTemplate(windows), 'Edit'))).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
  });

  it('starts with the app menu on macOS and nowhere else', () => {
    expect(menuTemplate(mac)[0]?.label).toBe('Scrutineer');
    expect(roles(submenuOf(menuTemplate(mac), 'Scrutineer'))).toContain('quit');
    expect(menuTemplate(windows)[0]?.label).toBe('File');
  });

  it('quits from the File menu on Windows and Linux, and closes the window on macOS', () => {
    expect(roles(submenuOf(menuTemplate(windows), 'File'))).toEqual(['quit']);
    expect(roles(submenuOf(menuTemplate(mac), 'File'))).toEqual(['close']);
  });

  it('imports an agenda pack from File › Import agenda pack… (Ctrl or Cmd+O)', () => {
    const item = submenuOf(menuTemplate(windows), 'File').find(
      (entry) => entry.label === 'Import agenda pack…',
    );
    expect(item?.accelerator).toBe('CmdOrCtrl+O');
    (item?.click as () => void)();
    expect(imports).toEqual(['import']);
  });

  it('lets a member zoom and go full screen, without reload or devtools once packaged', () => {
    const view = roles(submenuOf(menuTemplate(windows), 'View'));
    expect(view).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('adds reload and developer tools in a development build', () => {
    const view = roles(submenuOf(menuTemplate({ ...windows, isPackaged: false }), 'View'));
    expect(view).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
  });

  const titles = (template: MenuItemConstructorOptions[]): unknown[] =>
    template.map((item) => item.label ?? item.role);

  it('reads File, Edit, View, Help on Windows and Linux, with About under Help', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const template = menuTemplate({ ...windows, platform });
      expect(titles(template)).toEqual(['File', 'Edit', 'View', 'help']);
      const help = template.find((item) => item.role === 'help');
      expect(help?.submenu).toEqual([{ role: 'about', label: 'About Scrutineer' }]);
    }
  });

  it('reads Scrutineer, File, Edit, View, Window on macOS, with About in the app menu', () => {
    const template = menuTemplate(mac);
    expect(titles(template)).toEqual(['Scrutineer', 'File', 'Edit', 'View', 'windowMenu']);
    expect(submenuOf(template, 'Scrutineer')[0]).toEqual({
      role: 'about',
      label: 'About Scrutineer',
    });
  });

  it('gives the import item an id, so it can be found and pressed by the desktop smoke check', () => {
    const item = submenuOf(menuTemplate(mac), 'File')[0];
    expect(item).toMatchObject({ id: importMenuItemId, label: 'Import agenda pack…' });
  });
});
