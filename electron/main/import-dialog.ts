// File › Import agenda pack… in the desktop app: the system file dialog, then the same import
// service the UI's button uses; the report reaches the page as an event, progress as it goes.
// Files opened from the file manager or the dock go through importPaths, the same path. Both
// take the session's one-import-at-a-time turn, as the page's button does.
import type { BrowserWindow, Dialog } from 'electron';
import { importFiles } from '../services/import/import-files';
import type { AppSession } from '../services/app-session';

/** Imports the given files into the store and sends the report to the page. */
export async function importPaths(session: AppSession, filePaths: string[]): Promise<void> {
  const results = await session.imports.run((options) =>
    importFiles(session.store.db, filePaths, options),
  );
  session.bus.publish({ type: 'import-report', results });
}

export async function importFromDialog(
  dialog: Dialog,
  window: BrowserWindow,
  session: AppSession,
): Promise<void> {
  // Refused before the dialog opens, so the member does not pick files for nothing.
  session.imports.refuseIfBusy();
  const choice = await dialog.showOpenDialog(window, {
    title: 'Import agenda pack',
    buttonLabel: 'Import',
    properties: ['openFile', 'multiSelections'],
    filters: [{ name: 'Agenda packs', extensions: ['pdf', 'docx', 'txt', 'md'] }],
  });
  if (choice.canceled || choice.filePaths.length === 0) return;
  await importPaths(session, choice.filePaths);
}
