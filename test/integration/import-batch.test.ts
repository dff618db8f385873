// Importing a council's archive folder: one progress count for the whole batch, and an import
// stopped part-way (the app closed, the machine off) resumes where it stopped: the packs already
// committed are kept and skipped, the rest are imported on the next run.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { importFiles } from '../../electron/services/import/import-files';
import type { OpenedStore } from '../../db/store';
import { openTempStore, removeTempDir } from '../fixtures/store/temp-store';

const pack = readFileSync(path.resolve(__dirname, '../fixtures/packs/pack.txt'), 'utf8');
const dates = ['14 January 2025', '11 February 2025', '11 March 2025', '8 April 2025'];

let store: OpenedStore;
let dir: string;
let db: Database.Database;
let folder: string;

beforeEach(async () => {
  ({ store, dir } = await openTempStore());
  db = store.db;
  folder = path.join(dir, 'archive');
  mkdirSync(folder);
  dates.forEach((date, index) =>
    writeFileSync(
      path.join(folder, `pack-${index + 1}.txt`),
      pack.replace('14 January 2025', date),
    ),
  );
});
afterEach(() => {
  db.close();
  removeTempDir(dir);
});

describe('importing an archive folder', () => {
  it('counts the files finished of the whole batch, from none to all', async () => {
    const batches: string[] = [];
    await importFiles(db, [folder], {
      today: '2025-01-01',
      onProgress: ({ batch }) => {
        const said = batch ? `${batch.done}/${batch.total}` : 'none';
        if (batches.at(-1) !== said) batches.push(said);
      },
    });
    expect(batches).toEqual(['0/4', '1/4', '2/4', '3/4', '4/4']);
  });

  it('resumes after a stop: what was committed stays and is skipped, the rest is imported', async () => {
    // The first run got through two packs before it stopped.
    const first = await importFiles(
      db,
      ['pack-1.txt', 'pack-2.txt'].map((name) => path.join(folder, name)),
      { today: '2025-01-01' },
    );
    expect(first.map((result) => result.status)).toEqual(['imported', 'imported']);

    const again = await importFiles(db, [folder], { today: '2025-01-01' });
    expect(again.map((result) => `${path.basename(result.file)} ${result.status}`)).toEqual([
      'pack-1.txt skipped',
      'pack-2.txt skipped',
      'pack-3.txt imported',
      'pack-4.txt imported',
    ]);
    expect(db.prepare('SELECT count(*) FROM document').pluck().get()).toBe(4);
  });
});
