// One import at a time, whichever way it was started: the page's import button, File › Import in
// the desktop app, or a pack opened from the file manager. A second is refused with the page's
// message and changes nothing; the page can cancel an import File › Import started.
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { importFromDialog, importPaths } from '../../electron/main/import-dialog';
import { dispatch } from '../../electron/services/dispatch';
import {
  openAppSession,
  samplePackPath,
  type AppSession,
} from '../../electron/services/app-session';
import type { AppEvent } from '../../shared/contract';
import { makeTempDir } from '../support/temp-store';

jest.setTimeout(30_000);
const longPdf = path.resolve(__dirname, '../fixtures/packs/long.pdf');
const refusal = 'An import is already under way. Wait for it to finish, or cancel it.';
const window = {} as BrowserWindow;

let temp: ReturnType<typeof makeTempDir>;
let session: AppSession;
beforeEach(async () => {
  temp = makeTempDir();
  session = await openAppSession(path.join(temp.dir, 'store.db'), 'desktop');
});
afterEach(() => {
  session.close();
  temp.remove();
});

const documents = (): number =>
  session.store.db.prepare('SELECT count(*) FROM document').pluck().get() as number;

/** The page's import of an upload, started and left running. */
const pageImport = (file: string) =>
  dispatch(session.handlers, 'import.files', {
    files: [{ name: path.basename(file), dataBase64: fs.readFileSync(file).toString('base64') }],
  });

/** A system file dialog that picks `filePaths`, and says whether it was shown. */
function dialogChoosing(filePaths: string[]): { dialog: Dialog; shown: () => boolean } {
  let shown = false;
  const dialog = {
    showOpenDialog: async () => {
      shown = true;
      return { canceled: false, filePaths };
    },
  } as unknown as Dialog;
  return { dialog, shown: () => shown };
}

describe('one import at a time, from the page or the desktop', () => {
  it('refuses File › Import before its dialog opens while the page is importing', async () => {
    const running = pageImport(longPdf);
    const picker = dialogChoosing([samplePackPath]);
    await expect(importFromDialog(picker.dialog, window, session)).rejects.toThrow(refusal);
    expect(picker.shown()).toBe(false);
    await dispatch(session.handlers, 'import.cancel', {});
    await running;
    expect(documents()).toBe(0);
  });

  it('refuses a pack opened from the file manager while the page is importing, changing nothing', async () => {
    const running = pageImport(longPdf);
    const reports: AppEvent[] = [];
    session.bus.subscribe((event) => event.type === 'import-report' && reports.push(event));
    await expect(importPaths(session, [samplePackPath])).rejects.toThrow(refusal);
    await dispatch(session.handlers, 'import.cancel', {});
    await running;
    expect(reports).toEqual([]);
    expect(documents()).toBe(0);
  });

  it("refuses the page's import with the same message while File › Import runs, and takes the next one after", async () => {
    const desktop = importPaths(session, [samplePackPath]);
    await expect(dispatch(session.handlers, 'import.sample', {})).resolves.toEqual({
      ok: false,
      error: { code: 'failed', message: refusal },
    });
    await desktop;
    expect(documents()).toBe(1);
    const next = await dispatch(session.handlers, 'import.files', {
      files: [{ name: 'long.pdf', dataBase64: fs.readFileSync(longPdf).toString('base64') }],
    });
    expect(next).toMatchObject({ ok: true, result: [{ file: 'long.pdf' }] });
  });

  it('lets the page cancel an import that File › Import started', async () => {
    const reports: AppEvent[] = [];
    session.bus.subscribe((event) => event.type === 'import-report' && reports.push(event));
    const desktop = importPaths(session, [longPdf, samplePackPath]);
    await expect(dispatch(session.handlers, 'import.cancel', {})).resolves.toEqual({
      ok: true,
      result: { cancelled: true },
    });
    await desktop;
    expect(reports).toMatchObject([{ results: [{ status: 'failed' }, { status: 'failed' }] }]);
    expect(documents()).toBe(0);
  });
});
