// File › Back up… and File › Restore from backup… in the desktop app, with the system dialogs
// answered as a member would: the backup holds the member's work, and a restore replaces the
// running store in place (the open session sees it at once) after asking, keeping a copy.
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { backupFromDialog, restoreFromDialog } from '../../electron/main/backup-dialog';
import { menuTemplate } from '../../electron/main/menu';
import { openAppSession, type AppSession } from '../../electron/services/app-session';
import { makeTempDir } from '../support/temp-store';

let temp: ReturnType<typeof makeTempDir>;
let session: AppSession;
const reloads: number[] = [];
const window = { webContents: { reload: () => reloads.push(1) } } as unknown as BrowserWindow;

function dialogAnswering(file: string, response = 0): Dialog {
  return {
    showSaveDialog: async () => ({ canceled: false, filePath: file }),
    showOpenDialog: async () => ({ canceled: false, filePaths: [file] }),
    showMessageBox: async () => ({ response, checkboxChecked: false }),
  } as unknown as Dialog;
}

const questions = (): string[] =>
  session.store.db.prepare('SELECT text FROM question ORDER BY id').pluck().all() as string[];

beforeEach(async () => {
  temp = makeTempDir();
  reloads.length = 0;
  session = await openAppSession(path.join(temp.dir, 'store.db'), 'desktop');
  session.store.db.prepare("INSERT INTO question (text) VALUES ('Kept in the backup')").run();
});
afterEach(() => {
  session.close();
  temp.remove();
});

describe('backing up and restoring from the File menu', () => {
  it('restores a backup into the running store after the member confirms, keeping a copy', async () => {
    const file = path.join(temp.dir, 'backup.db');
    expect(await backupFromDialog(dialogAnswering(file), window, session)).toBe(file);
    session.store.db.prepare("INSERT INTO question (text) VALUES ('Written later')").run();

    const restored = await restoreFromDialog(dialogAnswering(file), window, session);

    expect(questions()).toEqual(['Kept in the backup']);
    expect(reloads).toHaveLength(1);
    expect(fs.existsSync(restored!.replacedCopy!)).toBe(true);
  });

  it('changes nothing when the member cancels the confirmation', async () => {
    const file = path.join(temp.dir, 'backup.db');
    await backupFromDialog(dialogAnswering(file), window, session);
    session.store.db.prepare("INSERT INTO question (text) VALUES ('Written later')").run();
    expect(await restoreFromDialog(dialogAnswering(file, 1), window, session)).toBeNull();
    expect(questions()).toEqual(['Kept in the backup', 'Written later']);
    expect(reloads).toHaveLength(0);
  });

  it('refuses a file that is not a Scrutineer backup before asking anything', async () => {
    const file = path.join(temp.dir, 'holiday.db');
    fs.writeFileSync(file, 'not a database at all, just some words');
    await expect(restoreFromDialog(dialogAnswering(file), window, session)).rejects.toThrow(
      /holiday\.db is not a Scrutineer backup/,
    );
    expect(questions()).toEqual(['Kept in the backup']);
  });

  it('offers Back up… and Restore from backup… in the File menu', () => {
    const noop = () => undefined;
    const [file] = menuTemplate({
      platform: 'linux',
      isPackaged: true,
      appName: 'Scrutineer',
      onImport: noop,
      onBackup: noop,
      onRestore: noop,
    });
    const labels = (file!.submenu as { label?: string }[]).map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['Back up…', 'Restore from backup…']));
  });
});
