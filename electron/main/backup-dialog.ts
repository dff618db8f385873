// File › Back up… and File › Restore from backup… in the desktop app: the system dialogs around the
// backup service. A restore asks before replacing anything, keeps a copy of the store it replaces
// and reloads the window so every page shows the restored store.
import type { BrowserWindow, Dialog } from 'electron';
import type { AppSession } from '../services/app-session';
import { localToday } from '../services/handlers';
import {
  backupStore,
  checkBackup,
  restoreStore,
  type Restored,
} from '../services/workspace-backup';

const filters = [{ name: 'Scrutineer backup', extensions: ['db'] }];

/** Returns the file written, or null when the member cancelled. */
export async function backupFromDialog(
  dialog: Dialog,
  window: BrowserWindow,
  session: AppSession,
): Promise<string | null> {
  const choice = await dialog.showSaveDialog(window, {
    title: 'Back up Scrutineer',
    buttonLabel: 'Back up',
    defaultPath: `scrutineer-backup-${localToday()}.db`,
    filters,
  });
  if (choice.canceled || !choice.filePath) return null;
  const written = await backupStore(session.store.db, choice.filePath, { replace: true });
  await dialog.showMessageBox(window, {
    type: 'info',
    message: 'Backup written',
    detail: `Everything in Scrutineer, your questions and notes included, is in ${written}.`,
  });
  return written;
}

/** Returns what was restored, or null when the member cancelled at either dialog. */
export async function restoreFromDialog(
  dialog: Dialog,
  window: BrowserWindow,
  session: AppSession,
): Promise<Restored | null> {
  const choice = await dialog.showOpenDialog(window, {
    title: 'Restore Scrutineer from a backup',
    buttonLabel: 'Restore',
    properties: ['openFile'],
    filters,
  });
  const file = choice.filePaths[0];
  if (choice.canceled || !file) return null;
  checkBackup(file);
  const confirm = await dialog.showMessageBox(window, {
    type: 'warning',
    buttons: ['Restore', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: 'Replace everything in Scrutineer with this backup?',
    detail: `The store as it is now will be kept as a copy beside ${session.store.path}.`,
  });
  if (confirm.response !== 0) return null;
  const restored = await restoreStore(file, session.store.path);
  window.webContents.reload();
  return restored;
}
