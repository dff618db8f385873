// The one window factory: locked-down web preferences (isolated, sandboxed, no Node) and a size
// that suits a council laptop. The window stays hidden until its first paint to avoid a flash.
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { appEntryUrl } from './app-origin';

export interface WindowContext {
  platform: NodeJS.Platform;
  /** Whether the system asks for dark colours; sets the colour shown before the UI paints. */
  dark: boolean;
  /** Packaged builds have no developer tools at all, not merely no menu item for them. */
  isPackaged: boolean;
}

export function windowOptions(
  preloadPath: string,
  context: WindowContext,
): BrowserWindowConstructorOptions {
  return {
    title: 'Scrutineer',
    width: 1280,
    height: 800,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: context.dark ? '#121212' : '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: !context.isPackaged,
      // macOS checks spelling with the system's own dictionaries; elsewhere Chromium would
      // download Hunspell dictionaries from Google, which breaks the offline promise.
      spellcheck: context.platform === 'darwin',
    },
  };
}

/** Opens the main window on app://scrutineer/index.html; shows it once it has painted. */
export function createMainWindow(preloadPath: string, context: WindowContext): BrowserWindow {
  const window = new BrowserWindow(windowOptions(preloadPath, context));
  window.once('ready-to-show', () => window.show());
  window.loadURL(appEntryUrl).catch((error: unknown) => {
    console.error(`Scrutineer could not load its window: ${String(error)}`);
  });
  return window;
}
