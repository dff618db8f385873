// Opening a PDF or Word pack with Scrutineer from the file manager, or dropping it on the dock
// icon, imports it: these cases show which command-line arguments are packs and that files opened
// before the store is ready are imported once it is, one batch at a time.
import path from 'node:path';
import { OpenFileQueue, packFilesIn } from '../../electron/main/open-files';

describe('packs named on the command line', () => {
  it('takes PDF and Word files, from the folder they were opened in', () => {
    const argv = ['C:\\Program Files\\Scrutineer\\Scrutineer.exe', 'Agenda.PDF', 'pack.docx'];
    expect(packFilesIn(argv, '/home/member/Downloads')).toEqual([
      path.resolve('/home/member/Downloads', 'Agenda.PDF'),
      path.resolve('/home/member/Downloads', 'pack.docx'),
    ]);
  });

  it('reads the file:// URLs a Linux file manager passes', () => {
    const argv = ['/opt/Scrutineer/scrutineer', 'file:///home/member/Agenda%20pack.pdf'];
    expect(packFilesIn(argv, '/')).toEqual(['/home/member/Agenda pack.pdf']);
  });

  it('ignores the program, the app folder, flags and the store after --db', () => {
    const argv = [
      '/usr/bin/electron',
      '.',
      '--db',
      'old-pack.pdf',
      '--allow-file-access-from-files',
      '--original-process-start-time=1',
      'notes.txt',
    ];
    expect(packFilesIn(argv, '/work')).toEqual([]);
  });
});

describe('the queue of opened files', () => {
  it('holds files opened before the store is ready and imports them once it is', async () => {
    const imported: string[][] = [];
    const queue = new OpenFileQueue(() => {});
    queue.open(['/a.pdf']);
    queue.open(['/b.docx']);
    expect(imported).toEqual([]);
    queue.ready(async (files) => {
      imported.push(files);
    });
    queue.open(['/c.pdf']);
    await queue.idle();
    expect(imported).toEqual([['/a.pdf', '/b.docx'], ['/c.pdf']]);
  });

  it('imports one batch at a time, in the order they were opened', async () => {
    const events: string[] = [];
    const queue = new OpenFileQueue(() => {});
    queue.ready(async ([file]) => {
      events.push(`start ${file}`);
      await new Promise((resolve) => setImmediate(resolve));
      events.push(`end ${file}`);
    });
    queue.open(['/first.pdf']);
    queue.open(['/second.pdf']);
    await queue.idle();
    expect(events).toEqual([
      'start /first.pdf',
      'end /first.pdf',
      'start /second.pdf',
      'end /second.pdf',
    ]);
  });

  it('reports a failed import and carries on with the next', async () => {
    const errors: unknown[] = [];
    const imported: string[] = [];
    const queue = new OpenFileQueue((error) => errors.push(error));
    queue.ready(async ([file]) => {
      if (file === '/bad.pdf') throw new Error('the disk is full');
      imported.push(file ?? '');
    });
    queue.open(['/bad.pdf']);
    queue.open(['/good.pdf']);
    await queue.idle();
    expect(errors).toEqual([new Error('the disk is full')]);
    expect(imported).toEqual(['/good.pdf']);
  });
});
