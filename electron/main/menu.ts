// The application menu, built from roles so every platform gets its standard items and
// accelerators, in each platform's order: on macOS the app menu, File, Edit, View and Window; on
// Windows and Linux File, Edit, View and Help. Reload and developer tools only in development.
import type { MenuItemConstructorOptions } from 'electron';

/** File › Import agenda pack…'s id, so the desktop smoke check can press it as a member would. */
export const importMenuItemId = 'import-agenda-pack';

export interface MenuContext {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  appName: string;
  /** File › Import agenda pack…: opens the system file dialog and imports what is chosen. */
  onImport: () => void;
  /** File › Back up… and File › Restore from backup…: the backup service behind dialogs. */
  onBackup?: () => void;
  onRestore?: () => void;
  /** File › Export briefing…: asks the meeting page on show to open its export dialog. */
  onExportBriefing?: () => void;
}

export function menuTemplate({
  platform,
  isPackaged,
  appName,
  onImport,
  onBackup,
  onRestore,
  onExportBriefing,
}: MenuContext): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const aboutItem: MenuItemConstructorOptions = { role: 'about', label: `About ${appName}` };
  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      aboutItem,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
  const developerItems: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [
        { role: 'reload' },
        { role: 'forceReload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
      ];
  return [
    ...(mac ? [appMenu] : []),
    {
      label: 'File',
      submenu: [
        {
          id: importMenuItemId,
          label: 'Import agenda pack…',
          accelerator: 'CmdOrCtrl+O',
          click: onImport,
        },
        ...(onExportBriefing
          ? [{ label: 'Export briefing…', accelerator: 'CmdOrCtrl+E', click: onExportBriefing }]
          : []),
        ...(onBackup ? [{ label: 'Back up…', click: onBackup }] : []),
        ...(onRestore ? [{ label: 'Restore from backup…', click: onRestore }] : []),
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        ...(mac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        ...developerItems,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    // macOS keeps About in the app menu and has a Window menu; elsewhere About sits under Help.
    mac ? { role: 'windowMenu' } : { role: 'help', submenu: [aboutItem] },
  ];
}
