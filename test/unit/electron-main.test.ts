// The app's entry point, run against the fake Electron with a real store: it must open the store
// it was pointed at, serve the contract to its own window, import packs the system asks it to
// open, and explain a bad store (or a missing Electron build of its database) before quitting.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { makeTempDir } from '../support/temp-store';

type FakeElectron = typeof import('../mocks/electron');

const temp = makeTempDir('scrutineer-main-');
afterAll(() => temp.remove());

async function startApp(storePath: string): Promise<FakeElectron> {
  process.env.SCRUTINEER_DB = storePath;
  let electron: FakeElectron | undefined;
  await jest.isolateModulesAsync(async () => {
    electron = await import('../mocks/electron');
    await import('../../electron/main/main');
  });
  if (!electron) throw new Error('the fake Electron did not load');
  return electron;
}

async function settle(done: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 200 && !done(); attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  if (!done()) throw new Error('the app never finished starting');
}

afterEach(() => {
  delete process.env.SCRUTINEER_DB;
});

/** How many import reports the app has sent to its window. */
function reportsSent(electron: FakeElectron): number {
  const [window] = electron.BrowserWindow.created;
  return (window?.webContents.sent ?? []).filter(
    ({ payload }) => (payload as { type?: string }).type === 'import-report',
  ).length;
}

function documentsIn(storePath: string): number {
  const db = new Database(storePath, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM document').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('starting the desktop app', () => {
  it('opens the store it is pointed at and serves the contract to its own window', async () => {
    const storePath = path.join(temp.dir, 'council.db');
    const electron = await startApp(storePath);
    expect(electron.protocol.privilegedSchemes).toHaveLength(1);
    expect(electron.BrowserWindow.created).toHaveLength(0);

    electron.app.becomeReady();
    await settle(() => electron.BrowserWindow.created.length > 0);

    const [window] = electron.BrowserWindow.created;
    expect(window?.loadedUrl).toBe('app://scrutineer/index.html');
    expect(electron.protocol.handlers.has('app')).toBe(true);
    expect(electron.Menu.applicationMenu).not.toBeNull();
    const ownWindow = { senderFrame: { url: 'app://scrutineer/index.html', parent: null } };
    const answer = await electron.ipcMain.invoke('scrutineer:app.info', ownWindow, {});
    expect(answer).toMatchObject({ ok: true, result: { storePath, host: 'desktop' } });
    electron.app.emit('will-quit');
  });

  it('shows why a file is not a store, then quits without opening a window', async () => {
    const notAStore = path.join(temp.dir, 'minutes.txt');
    writeFileSync(notAStore, 'Minutes of the Children and Young People Scrutiny Committee\n');
    const electron = await startApp(notAStore);
    electron.app.becomeReady();
    await settle(() => electron.dialog.errorBoxes.length > 0);

    expect(electron.dialog.errorBoxes[0]?.title).toBe('Scrutineer could not open its store');
    expect(electron.dialog.errorBoxes[0]?.content).toContain(notAStore);
    expect(electron.app.quitCalls).toBe(1);
    expect(electron.BrowserWindow.created).toHaveLength(0);
  });

  it('imports a pack opened from the file manager before the app was ready', async () => {
    const storePath = path.join(temp.dir, 'opened-early.db');
    const electron = await startApp(storePath);
    const pack = path.resolve(__dirname, '../fixtures/packs/pack.pdf');
    electron.app.emit('open-file', new electron.FakeEvent(), pack);
    electron.app.becomeReady();
    await settle(() => reportsSent(electron) > 0);
    electron.app.emit('will-quit');
    expect(documentsIn(storePath)).toBe(1);
  });

  it('imports a pack opened with Scrutineer while it is running, and brings its window forward', async () => {
    const storePath = path.join(temp.dir, 'second-instance.db');
    const electron = await startApp(storePath);
    electron.app.becomeReady();
    await settle(() => electron.BrowserWindow.created.length > 0);
    const [window] = electron.BrowserWindow.created;
    const focus = jest.spyOn(window as InstanceType<FakeElectron['BrowserWindow']>, 'focus');
    const argv = ['/opt/Scrutineer/scrutineer', '--no-sandbox', 'pack.pdf'];
    electron.app.emit('second-instance', {}, argv, path.resolve(__dirname, '../fixtures/packs'));
    await settle(() => reportsSent(electron) > 0);
    electron.app.emit('will-quit');
    expect(focus).toHaveBeenCalled();
    expect(documentsIn(storePath)).toBe(1);
  });

  it('says npm start builds the database engine when Electron’s own build is missing', async () => {
    Object.defineProperty(process.versions, 'electron', { value: '0.0.1', configurable: true });
    try {
      const electron = await startApp(path.join(temp.dir, 'no-build.db'));
      electron.app.becomeReady();
      await settle(() => electron.dialog.errorBoxes.length > 0);
      expect(electron.dialog.errorBoxes[0]?.content).toMatch(
        /better-sqlite3 has not been built for Electron 0\.0\.1 yet .*npm start, which builds it\./,
      );
      expect(electron.BrowserWindow.created).toHaveLength(0);
    } finally {
      delete (process.versions as Record<string, string | undefined>).electron;
    }
  });

  it('quits when the last window closes on Windows and Linux', async () => {
    const electron = await startApp(path.join(temp.dir, 'closing.db'));
    electron.app.emit('window-all-closed');
    expect(electron.app.quitCalls).toBe(process.platform === 'darwin' ? 0 : 1);
  });
});
