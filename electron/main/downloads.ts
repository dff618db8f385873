// Chart and briefing downloads in the desktop app: the page offers a file (an <a download> link),
// and the member chooses where it goes in the system's save dialog; cancelling saves nothing.
import path from 'node:path';
import type { BrowserWindow, Dialog, DownloadItem, SaveDialogOptions, WebContents } from 'electron';

const kinds: Record<string, string> = {
  svg: 'SVG image',
  png: 'PNG image',
  pdf: 'PDF document',
  docx: 'Word document',
  csv: 'CSV spreadsheet',
  txt: 'Text file',
};

/** A file name the page suggested, with any folder part and unsafe characters removed. */
export function safeFileName(suggested: string): string {
  const base = suggested.split(/[\\/]/).pop() ?? '';
  const cleaned = [...base]
    .filter((character) => character.charCodeAt(0) >= 0x20 && !'<>:"|?*\u007f'.includes(character))
    .join('')
    .replace(/^[.\s]+/, '')
    .trim();
  return cleaned || 'download';
}

/** The save dialog for one download: the suggested name in Downloads, filtered by its type. */
export function saveDialogOptionsFor(suggested: string, downloadsDir: string): SaveDialogOptions {
  const fileName = safeFileName(suggested);
  const extension = path.extname(fileName).slice(1).toLowerCase();
  const kind = kinds[extension];
  return {
    title: 'Save',
    buttonLabel: 'Save',
    defaultPath: path.join(downloadsDir, fileName),
    filters: kind ? [{ name: kind, extensions: [extension] }] : [],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

export interface DownloadSession {
  on(
    event: 'will-download',
    listener: (event: unknown, item: DownloadItem, contents: WebContents) => void,
  ): unknown;
}

export interface DownloadContext {
  dialog: Pick<Dialog, 'showSaveDialogSync'>;
  downloadsDir: () => string;
  /** The window the download came from, so the dialog is attached to it. */
  windowFor: (contents: WebContents) => BrowserWindow | null;
}

/**
 * Asks where each download goes. The dialog is the synchronous one because Electron takes the save
 * path only inside the will-download listener; a cancelled dialog cancels the download.
 */
export function handleDownloads(session: DownloadSession, context: DownloadContext): void {
  session.on('will-download', (_event, item, contents) => {
    const options = saveDialogOptionsFor(item.getFilename(), context.downloadsDir());
    const window = context.windowFor(contents);
    const chosen = window
      ? context.dialog.showSaveDialogSync(window, options)
      : context.dialog.showSaveDialogSync(options);
    if (!chosen) {
      item.cancel();
      return;
    }
    item.setSavePath(chosen);
  });
}
