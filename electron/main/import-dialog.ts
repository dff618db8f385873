// File › Import agenda pack… in the desktop app: the system file dialog, then the same import
// service the UI's button uses; the report reaches the page as an event, progress as it goes.
// Files opened from the file manager or the dock go through importPaths, the same path.
import type { BrowserWindow, Dialog } from 'electron';
import { importFiles, publishImportProgress } from '../services/import/import-files';
import { localToday } from '../services/handlers';
import type { AppSession } from '../services/app-session';

/** Imports the given files into the store and sends the report to the page. */
export async function importPaths(session: AppSession, filePaths: string[]): Promise<void> {
  const results = await importFiles(session.store.db, filePaths, {
    today: localToday(),
    onProgress: publishImportProgress(session.bus),
  });
  session.bus.publish({ type: 'import-report', results });
}

export async function importFromDialog(
  dialog: Dialog,
  window: BrowserWindow,
  session: AppSession,
): Promise<void> {
  const choice = await dialog.showOpenDialog(window, {
    title: 'Import agenda pack',
    buttonLabel: 'Import',
    properties: ['openFile', 'multiSelections'],
    filters: [{ name: 'Agenda packs', extensions: ['pdf', 'docx', 'txt', 'md'] }],
  });
  if (choice.canceled || choice.filePaths.length === 0) return;
  await importPaths(session, choice.filePaths);
}
