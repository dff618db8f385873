// File › Import agenda pack… in the desktop app: what the member picks in the system dialog is
// imported into the real store, and the report reaches the page as an event.
import path from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { importFromDialog } from '../../electron/main/import-dialog';
import {
  openAppSession,
  samplePackPath,
  type AppSession,
} from '../../electron/services/app-session';
import type { AppEvent } from '../../shared/contract';
import { makeTempDir } from '../support/temp-store';

let temp: ReturnType<typeof makeTempDir>;
let session: AppSession;
const window = {} as BrowserWindow;
const dialogChoosing = (filePaths: string[]) =>
  ({
    showOpenDialog: async () => ({ canceled: filePaths.length === 0, filePaths }),
  }) as unknown as Dialog;

beforeEach(async () => {
  temp = makeTempDir();
  session = await openAppSession(path.join(temp.dir, 'store.db'), 'desktop');
});
afterEach(() => {
  session.close();
  temp.remove();
});

describe('importing from the File menu', () => {
  it('imports the chosen pack and sends the import report to the page', async () => {
    const events: AppEvent[] = [];
    session.bus.subscribe((event) => events.push(event));
    await importFromDialog(dialogChoosing([samplePackPath]), window, session);
    const report = events.find((event) => event.type === 'import-report');
    expect(report).toMatchObject({
      results: [{ status: 'imported', meetings: ['2027-01-12', '2026-11-03'] }],
    });
    expect(events.some((event) => event.type === 'progress')).toBe(true);
  });

  it('does nothing when the member cancels the dialog', async () => {
    const events: AppEvent[] = [];
    session.bus.subscribe((event) => events.push(event));
    await importFromDialog(dialogChoosing([]), window, session);
    expect(events).toEqual([]);
    expect(session.store.db.prepare('SELECT count(*) AS n FROM document').get()).toEqual({ n: 0 });
  });
});
