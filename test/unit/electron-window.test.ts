// The main window's web preferences are the heart of Electron security: these cases pin each one,
// so a change that weakens isolation or the sandbox fails here rather than in a member's hands.
import { BrowserWindow as FakeBrowserWindow } from '../mocks/electron';
import { createMainWindow, windowOptions } from '../../electron/main/window';

const preload = '/app/dist/electron/preload.js';

describe('the main window', () => {
  const { webPreferences, ...frame } = windowOptions(preload, {
    platform: 'win32',
    dark: false,
    isPackaged: true,
  });

  it('isolates the page from the preload and runs it sandboxed', () => {
    expect(webPreferences?.contextIsolation).toBe(true);
    expect(webPreferences?.sandbox).toBe(true);
  });

  it('gives the page no Node, in workers or frames either', () => {
    expect(webPreferences?.nodeIntegration).toBe(false);
    expect(webPreferences?.nodeIntegrationInWorker).toBe(false);
    expect(webPreferences?.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on, with no <webview> and no insecure content', () => {
    expect(webPreferences?.webviewTag).toBe(false);
    expect(webPreferences?.webSecurity).toBe(true);
    expect(webPreferences?.allowRunningInsecureContent).toBe(false);
    expect(webPreferences?.navigateOnDragDrop).toBe(false);
  });

  it('has no developer tools once packaged, and has them in development', () => {
    expect(webPreferences?.devTools).toBe(false);
    const inDevelopment = { platform: 'linux' as const, dark: false, isPackaged: false };
    expect(windowOptions(preload, inDevelopment).webPreferences?.devTools).toBe(true);
  });

  it('loads our bundled preload script', () => {
    expect(webPreferences?.preload).toBe(preload);
  });

  it('checks spelling only where the system does it offline (macOS)', () => {
    expect(webPreferences?.spellcheck).toBe(false);
    const onMac = windowOptions(preload, {
      platform: 'darwin',
      dark: false,
      isPackaged: true,
    }).webPreferences;
    expect(onMac?.spellcheck).toBe(true);
  });

  it('fits a laptop screen, stays hidden until painted and matches the theme', () => {
    expect(frame).toMatchObject({ width: 1280, height: 800, minWidth: 900, minHeight: 600 });
    expect(frame.show).toBe(false);
    expect(frame.backgroundColor).toBe('#ffffff');
    expect(
      windowOptions(preload, { platform: 'linux', dark: true, isPackaged: true }).backgroundColor,
    ).toBe('#121212');
  });

  it('opens where it was left, at the size it was left, and maximised if it was', () => {
    const placement = { bounds: { x: 40, y: 30, width: 1000, height: 700 }, maximized: true };
    const options = windowOptions(
      preload,
      { platform: 'linux', dark: false, isPackaged: true },
      placement,
    );
    expect(options).toMatchObject({ x: 40, y: 30, width: 1000, height: 700, minWidth: 900 });
    createMainWindow(preload, { platform: 'linux', dark: false, isPackaged: true }, placement);
    const window = FakeBrowserWindow.created.at(-1);
    window?.emit('ready-to-show');
    expect(window?.maximized).toBe(true);
    expect(window?.shown).toBe(true);
  });

  it('opens Scrutineer from app://scrutineer/ and shows once ready', () => {
    createMainWindow(preload, { platform: 'linux', dark: false, isPackaged: false });
    const window = FakeBrowserWindow.created.at(-1);
    expect(window?.options).toEqual(
      windowOptions(preload, { platform: 'linux', dark: false, isPackaged: false }),
    );
    expect(window?.loadedUrl).toBe('app://scrutineer/index.html');
    expect(window?.shown).toBe(false);
    window?.emit('ready-to-show');
    expect(window?.shown).toBe(true);
  });
});
