// Saving a chart or a briefing from the desktop app: the member picks where it goes in the system's
// save dialog, with the page's suggested name and type; cancelling saves nothing.
import path from 'node:path';
import type { DownloadItem, WebContents } from 'electron';
import {
  BrowserWindow as FakeBrowserWindow,
  dialog,
  FakeSession,
  FakeWebContents,
} from '../mocks/electron';
import {
  handleDownloads,
  safeFileName,
  saveDialogOptionsFor,
  type DownloadContext,
  type DownloadSession,
} from '../../electron/main/downloads';

class FakeDownload {
  savePath: string | null = null;
  cancelled = false;
  constructor(private readonly fileName: string) {}
  getFilename(): string {
    return this.fileName;
  }
  setSavePath(file: string): void {
    this.savePath = file;
  }
  cancel(): void {
    this.cancelled = true;
  }
}

describe('the save dialog for a download', () => {
  it('suggests the page’s file name in Downloads, filtered to its type', () => {
    expect(saveDialogOptionsFor('re-referrals-chart.svg', '/home/member/Downloads')).toMatchObject({
      defaultPath: path.join('/home/member/Downloads', 're-referrals-chart.svg'),
      filters: [{ name: 'SVG image', extensions: ['svg'] }],
    });
    expect(saveDialogOptionsFor('briefing.DOCX', '/d').filters).toEqual([
      { name: 'Word document', extensions: ['docx'] },
    ]);
  });

  it('keeps a suggested name from reaching outside the chosen folder', () => {
    expect(safeFileName('../../.bashrc')).toBe('bashrc');
    expect(safeFileName('C:\\Windows\\evil.png')).toBe('evil.png');
    expect(safeFileName('a<b>:c?.pdf')).toBe('abc.pdf');
    expect(safeFileName('')).toBe('download');
  });
});

describe('downloads in the desktop app', () => {
  const session = new FakeSession();
  const window = new FakeBrowserWindow({});
  beforeAll(() =>
    handleDownloads(session as unknown as DownloadSession, {
      dialog: dialog as unknown as DownloadContext['dialog'],
      downloadsDir: () => '/home/member/Downloads',
      windowFor: (contents) =>
        FakeBrowserWindow.fromWebContents(contents) as unknown as ReturnType<
          Parameters<typeof handleDownloads>[1]['windowFor']
        >,
    }),
  );

  function download(
    fileName: string,
    contents: FakeWebContents = window.webContents,
  ): FakeDownload {
    const item = new FakeDownload(fileName);
    session.emit(
      'will-download',
      {},
      item as unknown as DownloadItem,
      contents as unknown as WebContents,
    );
    return item;
  }

  it('saves where the member chose in the save dialog, attached to the window', () => {
    dialog.saveDialogAnswer = '/home/member/Documents/chart.png';
    const item = download('chart.png');
    expect(item.savePath).toBe('/home/member/Documents/chart.png');
    expect(item.cancelled).toBe(false);
    expect(dialog.saveDialogs.at(-1)).toMatchObject({
      defaultPath: path.join('/home/member/Downloads', 'chart.png'),
    });
  });

  it('saves nothing when the member cancels', () => {
    dialog.saveDialogAnswer = undefined;
    const item = download('briefing.pdf');
    expect(item.cancelled).toBe(true);
    expect(item.savePath).toBeNull();
  });
});
