// Search on a large store as a member reads it: pages of hits with "more results", filters by
// committee, dates and kind, hits grouped by meeting, the words found marked as text ranges, and a
// word in every record answered from a bounded set of the newest matches instead of all of them.
import type Database from 'better-sqlite3';
import type { OpenedStore } from '../../db/store';
import { CANDIDATES_PER_KIND, searchStore, type SearchHit } from '../../db/search';
import {
  insertCommittee,
  insertMeeting,
  insertMinute,
  insertResolution,
  openTempStore,
  removeTempDir,
} from '../fixtures/store/temp-store';

let store: OpenedStore;
let dir: string;
let db: Database.Database;
let housing: number;
let environment: number;

beforeEach(async () => {
  ({ store, dir } = await openTempStore());
  db = store.db;
  housing = insertCommittee(db, 'Housing Scrutiny');
  environment = insertCommittee(db, 'Environment Scrutiny');
});
afterEach(() => {
  db.close();
  removeTempDir(dir);
});

const keyOf = (hit: SearchHit): string => `${hit.kind} ${hit.id}`;

/** Six meetings a year apart per committee, each with two minutes and a resolution. */
function fillArchive(): void {
  for (let year = 2018; year <= 2023; year += 1) {
    for (const committee of [housing, environment]) {
      const meetingId = insertMeeting(db, committee, `${year}-03-0${committee}`, 'held');
      const minuteId = insertMinute(
        db,
        meetingId,
        `${year % 100}`,
        'Damp and mould',
        `Members considered damp and mould in council homes in ${year}.`,
      );
      insertMinute(db, meetingId, `${(year % 100) + 1}`, 'Budget', 'Damp repairs cost more.', 1);
      insertResolution(db, minuteId, 'a', 'That officers report back on damp and mould.');
    }
  }
}

describe('search across a large archive', () => {
  it('pages through the hits: each page carries on where the last stopped, none repeated', () => {
    fillArchive();
    const everything = searchStore(db, 'damp', { limit: 200 }).map(keyOf);
    expect(everything.length).toBe(36);
    const pages = [0, 10, 20, 30].map((offset) =>
      searchStore(db, 'damp', { limit: 10, offset }).map(keyOf),
    );
    expect(pages.map((page) => page.length)).toEqual([10, 10, 10, 6]);
    expect(pages.flat()).toEqual(everything);
    expect(searchStore(db, 'damp', { limit: 10, offset: 40 })).toEqual([]);
  });

  it('filters by committee, by meeting dates and by kind of record', () => {
    fillArchive();
    const housingHits = searchStore(db, 'damp', { limit: 200, committee: 'Housing Scrutiny' });
    expect(housingHits).toHaveLength(18);
    expect(new Set(housingHits.map((hit) => hit.committee))).toEqual(new Set(['Housing Scrutiny']));

    const twoYears = searchStore(db, 'damp', { limit: 200, from: '2020-01-01', to: '2021-12-31' });
    expect(twoYears).toHaveLength(12);
    expect(twoYears.every((hit) => hit.meetingDate! >= '2020' && hit.meetingDate! < '2022')).toBe(
      true,
    );

    const resolutions = searchStore(db, 'damp', { limit: 200, kinds: ['resolution'] });
    expect(resolutions).toHaveLength(12);
    expect(resolutions.every((hit) => hit.kind === 'resolution')).toBe(true);

    expect(
      searchStore(db, 'damp', {
        limit: 200,
        kinds: ['minute'],
        committee: 'Environment Scrutiny',
        from: '2023-01-01',
      }).map((hit) => [hit.kind, hit.committee, hit.meetingDate]),
    ).toEqual([
      ['minute', 'Environment Scrutiny', '2023-03-02'],
      ['minute', 'Environment Scrutiny', '2023-03-02'],
    ]);
  });

  it('finds the pages of exactly the meetings a filter keeps, however the packs were imported', () => {
    // Packs stored out of date order, three pages each: the page ids of a year are not together.
    const years = [2021, 2018, 2023, 2019, 2022, 2020];
    const pagesOf = new Map<number, number[]>();
    years.forEach((year, index) => {
      const committee = index % 2 === 0 ? housing : environment;
      const meetingId = insertMeeting(db, committee, `${year}-05-0${index + 1}`, 'held');
      const documentId = Number(
        db
          .prepare(
            `INSERT INTO document (sha256, file_name, format, page_count, byte_size, meeting_id)
             VALUES (?, ?, 'text', 3, 100, ?)`,
          )
          .run(String(index).repeat(64), `pack-${year}.txt`, meetingId).lastInsertRowid,
      );
      const insertPage = db.prepare(
        'INSERT INTO document_page (document_id, page_number, text_z) VALUES (?, ?, scrutineer_deflate(?))',
      );
      pagesOf.set(
        year,
        [1, 2, 3].map((page) =>
          Number(
            insertPage.run(documentId, page, `Damp survey page ${page} of ${year}.`)
              .lastInsertRowid,
          ),
        ),
      );
    });
    const pageHits = (filters: { committee?: string; from?: string; to?: string }): number[] =>
      searchStore(db, 'damp survey', { limit: 200, kinds: ['page'], ...filters })
        .map((hit) => hit.id)
        .sort((a, b) => a - b);
    const expected = (...kept: number[]): number[] =>
      kept.flatMap((year) => pagesOf.get(year) ?? []).sort((a, b) => a - b);
    expect(pageHits({ from: '2019-01-01', to: '2021-12-31' })).toEqual(expected(2019, 2020, 2021));
    expect(pageHits({ committee: 'Environment Scrutiny' })).toEqual(expected(2018, 2019, 2020));
    expect(pageHits({ committee: 'Housing Scrutiny', to: '2021-12-31' })).toEqual(expected(2021));
    expect(pageHits({ from: '2030-01-01' })).toEqual([]);
  });

  it('groups hits by meeting: each meeting’s hits arrive together, the best meeting first', () => {
    fillArchive();
    const one = insertMeeting(db, housing, '2024-01-10', 'held');
    insertMinute(db, one, '1', 'Damp and mould', 'Damp, damp and more damp in the damp flats.');
    const hits = searchStore(db, 'damp', { limit: 200 });
    const meetings = hits.map((hit) => hit.meetingId);
    const seen = new Set<number | null | undefined>();
    meetings.forEach((meeting, index) => {
      if (index > 0 && meetings[index - 1] !== meeting) {
        expect(seen.has(meeting)).toBe(false); // a meeting never comes back after another
      }
      seen.add(meeting);
    });
    expect(hits[0]?.meetingId).toBe(one);
  });

  it('marks where the words are in the snippet as ranges of plain text, never as markup', () => {
    const meetingId = insertMeeting(db, housing, '2023-05-01', 'held');
    insertMinute(db, meetingId, '5', 'Repairs', 'The <b>damp</b> survey found damp in 40 homes.');
    const [hit] = searchStore(db, 'damp homes', { limit: 5 });
    expect(hit?.snippet).toBe('The <b>damp</b> survey found damp in 40 homes.');
    const marked = hit!.highlights!.map(({ start, end }) => hit!.snippet.slice(start, end));
    expect(marked).toEqual(['damp', 'damp', 'homes']);
  });

  it('finds a quoted phrase only where its words stand side by side', () => {
    const meetingId = insertMeeting(db, housing, '2023-05-01', 'held');
    const together = insertMinute(db, meetingId, '6', 'A', 'Officers will report back in June.');
    insertMinute(db, meetingId, '7', 'B', 'The report was sent back to officers.', 1);
    expect(searchStore(db, '"report back"', { limit: 5 }).map(keyOf)).toEqual([
      `minute ${together}`,
    ]);
    expect(searchStore(db, 'report back', { limit: 5 })).toHaveLength(2);
  });

  it('ranks a word found in every record from a bounded set of the newest matches', () => {
    const meetingId = insertMeeting(db, environment, '2023-06-01', 'held');
    const insert = db.prepare(
      "INSERT INTO minute (meeting_id, number, title, body, position) VALUES (?, ?, 'Item', ?, ?)",
    );
    const ids: number[] = [];
    db.transaction(() => {
      for (let n = 0; n < CANDIDATES_PER_KIND + 150; n += 1) {
        const body = `The committee noted the update ${n}.`;
        ids.push(Number(insert.run(meetingId, String(n), body, n).lastInsertRowid));
      }
    })();
    const hits = searchStore(db, 'the', { limit: 200, offset: 0, kinds: ['minute'] });
    const more = searchStore(db, 'the', { limit: 200, offset: 200, kinds: ['minute'] });
    const found = [...hits, ...more].map((hit) => hit.id);
    expect(found).toHaveLength(CANDIDATES_PER_KIND);
    const newest = ids.slice(-CANDIDATES_PER_KIND);
    expect(new Set(found)).toEqual(new Set(newest));
  });
});
