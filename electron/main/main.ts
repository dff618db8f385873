// Entry point of the desktop app, kept thin: it wires the pieces (locks, app:// files, store,
// contract over IPC, menu, downloads, opened files, window) in the order Electron needs. Every
// decision lives in a module.
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import { messageOf } from '../../shared/error-message';
import { appVersion, openAppSession, type AppSession } from '../services/app-session';
import { backupFromDialog, restoreFromDialog } from './backup-dialog';
import { handleDownloads } from './downloads';
import { importFromDialog, importPaths } from './import-dialog';
import { forwardEvents, registerIpc } from './ipc';
import { menuTemplate } from './menu';
import { chooseNativeBinding, installedSqliteVersion, missingBuildMessage } from './native-binding';
import { OpenFileQueue, packFilesIn } from './open-files';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { hardenContents, hardenSession } from './security';
import { storeLocation } from './store-location';
import { createMainWindow, windowSizes } from './window';
import {
  placeWindow,
  readWindowState,
  rememberWindowState,
  writeWindowState,
} from './window-state';

// In the bundle this file is dist/electron/main.js, beside preload.js and above dist/renderer.
const preloadPath = path.join(__dirname, 'preload.js');
const rendererDir = path.join(__dirname, '..', 'renderer');

const openedFiles = new OpenFileQueue((error) =>
  dialog.showErrorBox('Scrutineer could not import', messageOf(error)),
);

function openWindow(appSession: AppSession): BrowserWindow {
  const userData = app.getPath('userData');
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const placement = placeWindow(readWindowState(userData), workAreas, windowSizes);
  const window = createMainWindow(
    preloadPath,
    {
      platform: process.platform,
      dark: nativeTheme.shouldUseDarkColors,
      isPackaged: app.isPackaged,
    },
    placement,
  );
  rememberWindowState(window, (state) => writeWindowState(userData, state));
  forwardEvents(appSession.bus, window.webContents);
  return window;
}

function focusExistingWindow(): void {
  const [window] = BrowserWindow.getAllWindows();
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}

/** The better-sqlite3 build for this run; `npm start` makes it before Electron starts. */
function nativeBinding(): string | undefined {
  const projectRoot = app.getAppPath();
  const electronVersion = process.versions.electron;
  const binding = chooseNativeBinding({
    isPackaged: app.isPackaged,
    projectRoot,
    electronVersion,
    platform: process.platform,
    arch: process.arch,
    readSqliteVersion: () => installedSqliteVersion(projectRoot),
  });
  if (binding !== undefined && !existsSync(binding)) {
    throw new Error(missingBuildMessage(binding, electronVersion ?? 'this version'));
  }
  return binding;
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession(session.defaultSession);
  handleDownloads(session.defaultSession, {
    dialog,
    downloadsDir: () => app.getPath('downloads'),
    windowFor: (contents) => BrowserWindow.fromWebContents(contents),
  });
  const storePath = storeLocation({
    argv: process.argv,
    env: process.env,
    userDataDir: app.getPath('userData'),
    cwd: process.cwd(),
  });
  let appSession: AppSession;
  try {
    appSession = await openAppSession(storePath, 'desktop', { nativeBinding: nativeBinding() });
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
    onBackup: () => {
      const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      if (!window) return;
      backupFromDialog(dialog, window, appSession).catch((error: unknown) =>
        dialog.showErrorBox('Scrutineer could not back up', messageOf(error)),
      );
    },
    onRestore: () => {
      const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      if (!window) return;
      restoreFromDialog(dialog, window, appSession).catch((error: unknown) =>
        dialog.showErrorBox('Scrutineer could not restore', messageOf(error)),
      );
    },
    onExportBriefing: () => appSession.bus.publish({ type: 'menu', command: 'export-briefing' }),
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(menuContext)));
  openWindow(appSession);
  openedFiles.ready((files) => importPaths(appSession, files));
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow(appSession);
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme(protocol);
  hardenContents(app, (url) => {
    shell.openExternal(url).catch((error: unknown) => {
      console.warn(`Scrutineer could not open ${url}: ${messageOf(error)}`);
    });
  });
  // macOS: a pack opened from Finder or dropped on the dock icon, perhaps before the app is ready.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openedFiles.open([file]);
  });
  // Windows and Linux: a pack opened while Scrutineer runs starts a second instance, which quits.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusExistingWindow();
    openedFiles.open(packFilesIn(argv, workingDirectory));
  });
  openedFiles.open(packFilesIn(process.argv, process.cwd()));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch((error: unknown) => {
    dialog.showErrorBox('Scrutineer could not start', messageOf(error));
    app.quit();
  });
}
