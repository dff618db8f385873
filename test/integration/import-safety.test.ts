// Importing must never damage the store: each bad file gets a reason that names it and changes
// nothing, the rest of the batch still imports, and a revised pack keeps the member's own work.
import fs from 'node:fs';
import path from 'node:path';
import { openStore, type OpenedStore } from '../../db/store';
import { recordResolutionStatus } from '../../db/resolutions';
import { createQuestion, getQuestion } from '../../db/questions';
import { importFiles } from '../../electron/services/import/import-files';
import { samplePackPath } from '../../electron/services/app-session';
import { makeTempDir } from '../support/temp-store';

const packs = path.resolve(__dirname, '../fixtures/packs');
const today = '2026-11-22';
let temp: ReturnType<typeof makeTempDir>;
let store: OpenedStore;

beforeEach(async () => {
  temp = makeTempDir();
  store = await openStore(path.join(temp.dir, 'store.db'));
});
afterEach(() => {
  store.db.close();
  temp.remove();
});

/** Every row count in the store, so "changes nothing" can be checked exactly. */
function rowCounts(): Record<string, number> {
  const tables = store.db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE '%fts%' AND name NOT LIKE 'sqlite_%'",
    )
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [
      name,
      (store.db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n,
    ]),
  );
}

describe('importing a batch that holds bad files', () => {
  const bad: [string, RegExp][] = [
    ['empty.pdf', /empty/i],
    ['really-text.pdf', /named as a PDF but is not one/],
    ['locked.pdf', /password/i],
    ['scanned.pdf', /no text|scanned/i],
    ['not-a-document.docx', /Word|docx/i],
    ['latin1.txt', /UTF-8/i],
  ];

  it('gives each bad file a reason that names it, changes nothing for it, and still imports the good one', async () => {
    const files = [...bad.map(([name]) => path.join(packs, name)), samplePackPath];
    const results = await importFiles(store.db, files, { today });
    for (const [name, reason] of bad) {
      const result = results.find((r) => r.file === name)!;
      expect(result).toMatchObject({ status: 'failed', meetings: [], counts: null });
      expect(result.error).toContain(name);
      expect(result.error).toMatch(reason);
    }
    const good = results.find((r) => r.file === path.basename(samplePackPath))!;
    expect(good.status).toBe('imported');
    expect(good.meetings[0]).toBe('2027-01-12');
    const documents = store.db.prepare('SELECT file_name AS name FROM document').all();
    expect(documents).toEqual([{ name: path.basename(samplePackPath) }]);
  });

  it('leaves the store exactly as it was when the only file is bad', async () => {
    await importFiles(store.db, [samplePackPath], { today });
    const before = rowCounts();
    const [result] = await importFiles(store.db, [path.join(packs, 'locked.pdf')], { today });
    expect(result!.status).toBe('failed');
    expect(rowCounts()).toEqual(before);
  });

  it('refuses a text file with no meeting in it, with a reason, and stores nothing', async () => {
    const notes = path.join(temp.dir, 'shopping.txt');
    fs.writeFileSync(notes, 'Milk\nBread\nEggs\n');
    const before = rowCounts();
    const [result] = await importFiles(store.db, [notes], { today });
    expect(result).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/shopping\.txt.*no meeting date/),
    });
    expect(rowCounts()).toEqual(before);
  });
});

describe('a pack with a misprinted page range', () => {
  it('still imports, keeping the item without the impossible range', async () => {
    const pack = path.join(temp.dir, 'misprint.txt');
    fs.writeFileSync(
      pack,
      'Meeting: Place Scrutiny Panel\n\nDate/Time: Monday, 3 March 2031 at 7.00 pm\n\nAGENDA\n\n' +
        '1. Minutes of the meeting held on 2 February 2031.\t(Pages 109 - 13)\n' +
        '2. Highways Update.\tDirector of Place\t(Pages 14 - 20)\n',
    );
    const [result] = await importFiles(store.db, [pack], { today });
    expect(result!.status).toBe('imported');
    const items = store.db
      .prepare(
        'SELECT number, page_from AS pageFrom, page_to AS pageTo FROM agenda_item ORDER BY position',
      )
      .all();
    expect(items).toEqual([
      { number: '1', pageFrom: null, pageTo: null },
      { number: '2', pageFrom: 14, pageTo: 20 },
    ]);
  });
});

describe('importing a revised pack for the same meeting', () => {
  it('updates the imported rows in place and keeps the member’s questions, links and statuses, on lettered and unlettered resolutions alike', async () => {
    await importFiles(store.db, [samplePackPath], { today });
    const item = store.db.prepare("SELECT id FROM agenda_item WHERE number = '5'").get() as {
      id: number;
    };
    const resolution = store.db.prepare("SELECT id FROM resolution WHERE label = 'b'").get() as {
      id: number;
    };
    const undertaking = store.db
      .prepare("SELECT id FROM resolution WHERE label IS NULL AND text LIKE '%undertook%'")
      .get() as { id: number };
    const meeting = store.db.prepare("SELECT id FROM meeting WHERE date = '2027-01-12'").get() as {
      id: number;
    };
    const question = createQuestion(store.db, {
      text: 'When will the online form be tested with parents?',
      meetingId: meeting.id,
    });
    store.db
      .prepare('UPDATE question SET agenda_item_id = ? WHERE id = ?')
      .run(item.id, question.id);
    recordResolutionStatus(store.db, resolution.id, 'in-progress', 'Report promised for March');
    recordResolutionStatus(store.db, undertaking.id, 'done', 'Timetable circulated');

    const revised = path.join(temp.dir, 'revised-pack.txt');
    const text = fs
      .readFileSync(samplePackPath, 'utf8')
      .replace('School Transport Review.', 'Home to School Transport Review.');
    fs.writeFileSync(revised, text);
    const [result] = await importFiles(store.db, [revised], { today });

    expect(result!.status).toBe('imported');
    const titles = store.db
      .prepare('SELECT title FROM agenda_item WHERE meeting_id = ? ORDER BY position')
      .all(meeting.id) as { title: string }[];
    expect(titles.map((row) => row.title)).toContain('Home to School Transport Review');
    expect(titles).toHaveLength(6);
    expect(
      store.db.prepare("SELECT count(*) AS n FROM meeting WHERE date = '2027-01-12'").get(),
    ).toEqual({ n: 1 });
    const kept = getQuestion(store.db, question.id)!;
    expect(kept).toMatchObject({
      text: 'When will the online form be tested with parents?',
      meetingId: meeting.id,
      agendaItemId: item.id,
    });
    const status = store.db
      .prepare('SELECT status, note FROM resolution_event WHERE resolution_id = ?')
      .get(resolution.id);
    expect(status).toEqual({ status: 'in-progress', note: 'Report promised for March' });
    const unlabelled = store.db
      .prepare('SELECT status, note FROM resolution_event WHERE resolution_id = ?')
      .get(undertaking.id);
    expect(unlabelled).toEqual({ status: 'done', note: 'Timetable circulated' });
  });
});

describe('a PDF of our own pack', () => {
  it('imports to the same structure as its text version, with page numbers', async () => {
    const [fromPdf] = await importFiles(store.db, [path.join(packs, 'pack.pdf')], { today });
    const otherTemp = makeTempDir();
    const other = await openStore(path.join(otherTemp.dir, 'store.db'));
    try {
      const [fromText] = await importFiles(other.db, [path.join(packs, 'pack.txt')], { today });
      expect(fromPdf!.status).toBe('imported');
      expect(fromPdf!.meetings).toEqual(fromText!.meetings);
      // The PDF has two extra pages of two-column text (for the extraction tests) that the text
      // twin lacks; everything else must match.
      const { pages: pdfPages, unrecognisedLines: _pdfExtra, ...pdfCounts } = fromPdf!.counts!;
      const { pages: textPages, unrecognisedLines: _textExtra, ...textCounts } = fromText!.counts!;
      expect(pdfCounts).toEqual(textCounts);
      expect(pdfPages).toBe(textPages + 2);
      const shape = (db: OpenedStore['db']) =>
        db
          .prepare(
            'SELECT number, title FROM minute UNION ALL SELECT number, title FROM agenda_item ORDER BY 1, 2',
          )
          .all();
      expect(shape(store.db)).toEqual(shape(other.db));
      const minutePages = store.db
        .prepare('SELECT DISTINCT source_page AS page FROM minute')
        .all() as { page: number }[];
      expect(minutePages.map((row) => row.page)).toEqual([expect.any(Number)]);
      expect(minutePages[0]!.page).toBeGreaterThan(1);
    } finally {
      other.db.close();
      otherTemp.remove();
    }
  });
});
