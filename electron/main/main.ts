// Entry point of the desktop app, kept thin: it wires the pieces (locks, app:// files, store,
// contract over IPC, menu, window) in the order Electron needs. Every decision lives in a module.
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  protocol,
  session,
} from 'electron';
import { messageOf } from '../../shared/error-message';
import { appVersion, openAppSession, type AppSession } from '../services/app-session';
import { importFromDialog } from './import-dialog';
import { forwardEvents, registerIpc } from './ipc';
import { menuTemplate } from './menu';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { hardenContents, hardenSession } from './security';
import { storeLocation } from './store-location';
import { createMainWindow } from './window';

// In the bundle this file is dist/electron/main.js, beside preload.js and above dist/renderer.
const preloadPath = path.join(__dirname, 'preload.js');
const rendererDir = path.join(__dirname, '..', 'renderer');

function openWindow(appSession: AppSession): BrowserWindow {
  const window = createMainWindow(preloadPath, {
    platform: process.platform,
    dark: nativeTheme.shouldUseDarkColors,
    isPackaged: app.isPackaged,
  });
  forwardEvents(appSession.bus, window.webContents);
  return window;
}

function focusExistingWindow(): void {
  const [window] = BrowserWindow.getAllWindows();
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession(session.defaultSession);
  const storePath = storeLocation({
    argv: process.argv,
    env: process.env,
    userDataDir: app.getPath('userData'),
    cwd: process.cwd(),
  });
  let appSession: AppSession;
  try {
    appSession = await openAppSession(storePath, 'desktop');
  } catch (error) {
    dialog.showErrorBox('Scrutineer could not open its store', messageOf(error));
    app.quit();
    return;
  }
  app.on('will-quit', () => appSession.close());
  registerIpc(ipcMain, appSession.handlers, { warn: (message) => console.warn(message) });
  handleAppProtocol(protocol, rendererDir);
  app.setAboutPanelOptions({ applicationName: 'Scrutineer', applicationVersion: appVersion });
  const menuContext = {
    platform: process.platform,
    isPackaged: app.isPackaged,
    appName: 'Scrutineer',
    onImport: () => {
      const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      if (!window) return;
      importFromDialog(dialog, window, appSession).catch((error: unknown) =>
        dialog.showErrorBox('Scrutineer could not import', messageOf(error)),
      );
    },
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(menuContext)));
  openWindow(appSession);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow(appSession);
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme(protocol);
  hardenContents(app);
  app.on('second-instance', focusExistingWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch((error: unknown) => {
    dialog.showErrorBox('Scrutineer could not start', messageOf(error));
    app.quit();
  });
}
