// The one window factory: locked-down web preferences (isolated, sandboxed, no Node) and a size
// that suits a council laptop, or the one remembered from last time (window-state.ts). The window
// stays hidden until its first paint to avoid a flash.
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { appEntryUrl } from './app-origin';
import type { Placement, WindowSizes } from './window-state';

export const windowSizes: WindowSizes = { width: 1280, height: 800, minWidth: 900, minHeight: 600 };

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
  placement?: Placement,
): BrowserWindowConstructorOptions {
  return {
    title: 'Scrutineer',
    ...windowSizes,
    ...placement?.bounds,
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

/**
 * Opens the main window on app://scrutineer/index.html; shows it once it has painted, maximised
 * if it was last time.
 */
export function createMainWindow(
  preloadPath: string,
  context: WindowContext,
  placement?: Placement,
): BrowserWindow {
  const window = new BrowserWindow(windowOptions(preloadPath, context, placement));
  window.once('ready-to-show', () => {
    if (placement?.maximized) window.maximize();
    window.show();
  });
  window.loadURL(appEntryUrl).catch((error: unknown) => {
    console.error(`Scrutineer could not load its window: ${String(error)}`);
  });
  return window;
}
