// Importing the four real agenda packs in ../shared/seeds into a real store, then reading each
// meeting back the way `scrutineer meeting --json` prints it. Skips with a note without the seeds.
import fs from 'node:fs';
import path from 'node:path';
import { openStore, type OpenedStore } from '../../db/store';
import { findMeetingIdByDate, getMeetingDetail } from '../../db/meeting-detail';
import { importFiles, type ImportFileResult } from '../../electron/services/import/import-files';
import { summariseMeeting } from '../../electron/services/meeting-summary';
import { makeTempDir } from '../support/temp-store';

const seedsDir = path.resolve(__dirname, '../../../shared/seeds');
const haveSeeds = fs.existsSync(seedsDir);
const describeIfSeeds = haveSeeds ? describe : describe.skip;
if (!haveSeeds)
  console.warn(`Seed packs not found at ${seedsDir}; skipping the seed import tests.`);

let temp: ReturnType<typeof makeTempDir>;
let store: OpenedStore;
let results: ImportFileResult[];

function meeting(date: string) {
  const ids = findMeetingIdByDate(store.db, date);
  expect(ids).toHaveLength(1);
  return summariseMeeting(getMeetingDetail(store.db, ids[0]!)!);
}

const numbersOf = (date: string) => meeting(date).minutes.map((minute) => minute.number);
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
const seedResult = (prefix: string) =>
  results.find((result) => path.basename(result.file).startsWith(prefix))!;

describeIfSeeds('importing the real agenda packs', () => {
  beforeAll(async () => {
    temp = makeTempDir();
    store = await openStore(path.join(temp.dir, 'store.db'));
    results = await importFiles(store.db, [seedsDir], { today: '2026-11-22' });
  });
  afterAll(() => {
    store?.db.close();
    temp?.remove();
  });

  it('imports every seed without failure', () => {
    expect(results.map((result) => [result.status, result.error])).toEqual(
      results.map(() => ['imported', null]),
    );
  });

  it('files seed 000 as the 7 June 2022 meeting at 14:00 with 14 agenda items', () => {
    const june = meeting('2022-06-07');
    expect(june.time).toBe('14:00');
    expect(june.agenda).toHaveLength(14);
    expect(june.agenda.map((item) => item.number)).toEqual(range(1, 14));
    expect(june.contact?.email).toMatch(/@/);
    expect(seedResult('000').meetings).toEqual(['2022-06-07', '2022-03-08']);
  });

  it('carries the minutes of 8 March 2022 numbered 55–66, minute 63 with two resolutions', () => {
    expect(numbersOf('2022-03-08')).toEqual(range(55, 66));
    const minute63 = meeting('2022-03-08').minutes.find((minute) => minute.number === '63')!;
    expect(minute63.resolutions).toHaveLength(2);
    expect(minute63.resolutions.map((resolution) => resolution.label)).toEqual(['a', 'b']);
  });

  it('carries in seed 001 the minutes of 25 January 2022 numbered 43–54', () => {
    expect(seedResult('001').meetings).toEqual(['2022-03-08', '2022-01-25']);
    expect(numbersOf('2022-01-25')).toEqual(range(43, 54));
  });

  it('carries in seed 004 the minutes of 1 June 2021 numbered 1–14, with three members’ questions under minute 5', () => {
    expect(seedResult('004').meetings).toEqual(['2021-09-07', '2021-06-01']);
    expect(numbersOf('2021-06-01')).toEqual(range(1, 14));
    const minute5 = meeting('2021-06-01').minutes.find((minute) => minute.number === '5')!;
    expect(minute5.publicQuestions.filter((question) => question.kind === 'member')).toHaveLength(
      3,
    );
  });

  it('attaches the lone report of seed 003 to the meeting of 18 November 2020', () => {
    expect(seedResult('003').meetings).toEqual(['2020-11-18']);
    const november = meeting('2020-11-18');
    expect(november.reports).toHaveLength(1);
    expect(november.reports[0]!.paragraphs).toBeGreaterThan(10);
  });

  it('records who was present at a meeting from its minutes, chair included', () => {
    const march = meeting('2022-03-08');
    expect(march.attendance.chair).not.toBeNull();
    expect(march.attendance.present).toContain(march.attendance.chair);
    expect(march.attendance.present.length).toBeGreaterThan(3);
  });

  it('keeps every page of text searchable and names its source file and sha256', () => {
    const june = meeting('2022-06-07');
    expect(june.sources).toEqual([
      { file: expect.stringMatching(/^000_/), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ]);
    const pages = store.db.prepare('SELECT count(*) AS n FROM document_page').get() as {
      n: number;
    };
    expect(pages.n).toBeGreaterThanOrEqual(4);
  });

  it('skips the same files a second time and duplicates nothing', async () => {
    const count = () =>
      store.db
        .prepare('SELECT (SELECT count(*) FROM minute) + (SELECT count(*) FROM agenda_item) AS n')
        .get();
    const before = count();
    const again = await importFiles(store.db, [seedsDir], { today: '2026-11-22' });
    expect(again.map((result) => result.status)).toEqual(results.map(() => 'skipped'));
    expect(count()).toEqual(before);
  });
});
