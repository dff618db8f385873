// Importing a folder must survive whatever is in it: a symbolic link that loops, one that leads out
// of the folder or back into it, one that leads nowhere, and a file deleted while the batch runs.
// Each such entry gets its own outcome with a reason, the good files still import, nothing is
// imported twice or from outside the folder, and the command line still prints its JSON.
import fs from 'node:fs';
import path from 'node:path';
import { openStore, type OpenedStore } from '../../db/store';
import { importFiles } from '../../electron/services/import/import-files';
import { samplePackPath } from '../../electron/services/app-session';
import { runCli } from '../../electron/services/command-line';
import { makeTempDir } from '../support/temp-store';

const today = '2026-11-22';
let temp: ReturnType<typeof makeTempDir>;
let store: OpenedStore;
let packs: string;
let outside: string;

beforeEach(async () => {
  temp = makeTempDir();
  store = await openStore(path.join(temp.dir, 'store.db'));
  packs = path.join(temp.dir, 'packs');
  outside = path.join(temp.dir, 'elsewhere');
  fs.mkdirSync(path.join(packs, 'january'), { recursive: true });
  fs.mkdirSync(outside);
  fs.copyFileSync(samplePackPath, path.join(packs, 'january', 'pack.txt'));
  // A second pack outside the folder: it must never be reached through a link.
  const other = fs.readFileSync(samplePackPath, 'utf8').replace(/2027/g, '2028');
  fs.writeFileSync(path.join(outside, 'other.txt'), other);
});
afterEach(() => {
  store.db.close();
  temp.remove();
});

function documents(): string[] {
  const rows = store.db.prepare('SELECT file_name AS name FROM document').all() as {
    name: string;
  }[];
  return rows.map((row) => row.name);
}

function makeHostileLinks(): void {
  fs.symlinkSync('loop.txt', path.join(packs, 'loop.txt'));
  fs.symlinkSync('missing.txt', path.join(packs, 'gone.txt'));
  fs.symlinkSync('..', path.join(packs, 'january', 'up'));
  fs.symlinkSync(path.join(packs, 'january', 'pack.txt'), path.join(packs, 'again.txt'));
  fs.symlinkSync(outside, path.join(packs, 'out'));
}

describe('importing a folder that holds links and vanishing files', () => {
  it('gives a looping or dangling link its own failure and still imports the good pack once', async () => {
    makeHostileLinks();
    const results = await importFiles(store.db, [packs], { today });
    const outcome = (name: string) => results.find((result) => result.file === name);
    expect(outcome('pack.txt')).toMatchObject({ status: 'imported' });
    expect(outcome('pack.txt')!.meetings).toContain('2027-01-12');
    expect(outcome('loop.txt')).toMatchObject({
      status: 'failed',
      error: 'loop.txt was not imported: it is a symbolic link that loops back on itself.',
    });
    expect(outcome('gone.txt')).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/^gone\.txt was not imported: it is no longer there/),
    });
    expect(documents()).toEqual(['pack.txt']);
  });

  it('never follows a link out of the folder, and says so', async () => {
    makeHostileLinks();
    const results = await importFiles(store.db, [packs], { today });
    expect(results.find((result) => result.file === 'out')).toMatchObject({
      status: 'skipped',
      warnings: [
        expect.stringMatching(/^out was not imported: it is a link to .*elsewhere, outside/),
      ],
    });
    expect(results.map((result) => result.file)).not.toContain('other.txt');
    expect(documents()).not.toContain('other.txt');
  });

  it('records a file deleted while the batch runs as that file’s failure', async () => {
    fs.writeFileSync(
      path.join(packs, 'later.txt'),
      fs.readFileSync(samplePackPath, 'utf8').replace(/2027/g, '2029'),
    );
    const results = await importFiles(store.db, [packs], {
      today,
      onProgress: ({ file, done, total }) => {
        // The first file is done: the second is deleted before its turn comes.
        if (file === 'pack.txt' && done === total)
          fs.rmSync(path.join(packs, 'later.txt'), { force: true });
      },
    });
    expect(results.map((result) => [result.file, result.status])).toEqual([
      ['pack.txt', 'imported'],
      ['later.txt', 'failed'],
    ]);
    expect(results[1]!.error).toMatch(/^later\.txt could not be read \(no such file\)/);
  });
});

describe('the import command on a folder with a link loop', () => {
  it('still prints every entry as JSON and exits 1', async () => {
    makeHostileLinks();
    let stdout = '';
    let stderr = '';
    const code = await runCli(['import', packs, '--db', path.join(temp.dir, 'cli.db'), '--json'], {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
    });
    expect(code).toBe(1);
    const results = JSON.parse(stdout) as { file: string; status: string }[];
    expect(results).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: path.join(packs, 'january', 'pack.txt'),
          status: 'imported',
        }),
        expect.objectContaining({ file: path.join(packs, 'loop.txt'), status: 'failed' }),
      ]),
    );
    expect(stderr).toContain('loops back on itself');
  });
});
