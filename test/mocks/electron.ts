// A small, honest stand-in for the 'electron' module, which cannot load outside Electron: each fake
// records what the shell asked of it (window options, IPC handlers, exposed APIs) for tests to read.
import { EventEmitter } from 'node:events';
import os from 'node:os';
import path from 'node:path';

/** A preventable event, as Electron passes to will-navigate and friends. */
export class FakeEvent {
  defaultPrevented = false;

  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export interface WindowOpenAnswer {
  action: 'allow' | 'deny';
}

export class FakeWebContents extends EventEmitter {
  readonly sent: { channel: string; payload: unknown }[] = [];
  windowOpenHandler: ((details: { url: string }) => WindowOpenAnswer) | null = null;
  destroyed = false;

  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }

  setWindowOpenHandler(handler: (details: { url: string }) => WindowOpenAnswer): void {
    this.windowOpenHandler = handler;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** Emits a preventable event and says whether a listener prevented it. */
  attempt(name: string, url: string): boolean {
    const event = new FakeEvent();
    this.emit(name, event, url);
    return event.defaultPrevented;
  }
}

export class BrowserWindow extends EventEmitter {
  static readonly created: BrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  shown = false;
  maximized = false;

  constructor(readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.created.push(this);
  }

  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.created;
  }

  static getFocusedWindow(): BrowserWindow | null {
    return BrowserWindow.created[0] ?? null;
  }

  static fromWebContents(contents: unknown): BrowserWindow | null {
    return BrowserWindow.created.find((window) => window.webContents === contents) ?? null;
  }

  getNormalBounds(): { x: number; y: number; width: number; height: number } {
    const { x = 0, y = 0, width = 800, height = 600 } = this.options as Record<string, number>;
    return { x, y, width, height };
  }

  isMaximized(): boolean {
    return this.maximized;
  }

  maximize(): void {
    this.maximized = true;
  }

  async loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
  }

  show(): void {
    this.shown = true;
  }

  isMinimized(): boolean {
    return false;
  }

  restore(): void {}

  focus(): void {}
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  name = 'Scrutineer';
  quitCalls = 0;
  aboutPanelOptions: Record<string, unknown> | null = null;
  private markReady: () => void = () => {};
  private readonly ready = new Promise<void>((resolve) => {
    this.markReady = resolve;
  });

  getPath(name: string): string {
    return path.join(os.tmpdir(), 'scrutineer-fake-electron', name);
  }

  /** Where `electron .` would find package.json: the project itself. */
  getAppPath(): string {
    return path.resolve(__dirname, '..', '..');
  }

  getVersion(): string {
    return '0.0.0-test';
  }

  requestSingleInstanceLock(): boolean {
    return true;
  }

  setAboutPanelOptions(options: Record<string, unknown>): void {
    this.aboutPanelOptions = options;
  }

  whenReady(): Promise<void> {
    return this.ready;
  }

  /** Test control: fires 'ready' as Electron would once the app has started. */
  becomeReady(): void {
    this.markReady();
    this.emit('ready');
  }

  quit(): void {
    this.quitCalls += 1;
  }
}

export const app = new FakeApp();

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;

class FakeIpcMain {
  readonly handlers = new Map<string, InvokeHandler>();

  handle(channel: string, handler: InvokeHandler): void {
    if (this.handlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    this.handlers.set(channel, handler);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  /** Test control: what ipcRenderer.invoke would deliver to the handler. */
  async invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  }
}

export const ipcMain = new FakeIpcMain();

class FakeIpcRenderer extends EventEmitter {
  readonly invocations: { channel: string; args: unknown[] }[] = [];

  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invocations.push({ channel, args });
    return { ok: true, result: null };
  }
}

export const ipcRenderer = new FakeIpcRenderer();

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    if (this.exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property`);
    this.exposed.set(key, api);
  },
};

type ProtocolHandler = (request: Request) => Response | Promise<Response>;

export const protocol = {
  privilegedSchemes: [] as unknown[],
  handlers: new Map<string, ProtocolHandler>(),
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    this.privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    if (this.handlers.has(scheme)) throw new Error(`The scheme "${scheme}" is already handled`);
    this.handlers.set(scheme, handler);
  },
};

type RequestDetails = { url: string; resourceType: string };
type BeforeRequest = (
  details: RequestDetails,
  callback: (answer: { cancel: boolean }) => void,
) => void;
type PermissionRequest = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
) => void;
type PermissionCheck = (contents: unknown, permission: string) => boolean;

export class FakeSession extends EventEmitter {
  beforeRequest: BeforeRequest | null = null;
  permissionRequest: PermissionRequest | null = null;
  permissionCheck: PermissionCheck | null = null;
  readonly webRequest = {
    onBeforeRequest: (listener: BeforeRequest): void => {
      this.beforeRequest = listener;
    },
  };

  setPermissionRequestHandler(handler: PermissionRequest): void {
    this.permissionRequest = handler;
  }

  setPermissionCheckHandler(handler: PermissionCheck): void {
    this.permissionCheck = handler;
  }
}

export const session = { defaultSession: new FakeSession() };

export const Menu = {
  applicationMenu: null as { template: unknown[] } | null,
  buildFromTemplate(template: unknown[]): { template: unknown[] } {
    return { template };
  },
  setApplicationMenu(menu: { template: unknown[] } | null): void {
    this.applicationMenu = menu;
  },
};

export const dialog = {
  errorBoxes: [] as { title: string; content: string }[],
  /** What the open dialog answers next: the files a member would pick, or [] for Cancel. */
  openDialogAnswer: [] as string[],
  /** What the save dialog answers next: the chosen path, or undefined for Cancel. */
  saveDialogAnswer: undefined as string | undefined,
  saveDialogs: [] as unknown[],
  showErrorBox(title: string, content: string): void {
    this.errorBoxes.push({ title, content });
  },
  async showOpenDialog(..._args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> {
    return { canceled: this.openDialogAnswer.length === 0, filePaths: this.openDialogAnswer };
  },
  showSaveDialogSync(...args: unknown[]): string | undefined {
    this.saveDialogs.push(args.at(-1));
    return this.saveDialogAnswer;
  },
};

export const shell = {
  opened: [] as string[],
  async openExternal(url: string): Promise<void> {
    this.opened.push(url);
  },
};

export const screen = {
  workAreas: [{ x: 0, y: 0, width: 1920, height: 1040 }],
  getAllDisplays(): { workArea: { x: number; y: number; width: number; height: number } }[] {
    return this.workAreas.map((workArea) => ({ workArea }));
  },
};

export const nativeTheme = { shouldUseDarkColors: false };
