// Searching the store: full-text indexes stay in step with the rows they cover as they are added,
// changed and deleted, every kind of record is found, and no text a member types breaks a search.
import type Database from 'better-sqlite3';
import type { OpenedStore } from '../../db/store';
import { createQuestion, deleteQuestion, updateQuestion } from '../../db/questions';
import { searchStore } from '../../db/search';
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
let meetingId: number;

beforeEach(async () => {
  ({ store, dir } = await openTempStore());
  db = store.db;
  meetingId = insertMeeting(db, insertCommittee(db, 'Environment Scrutiny'), '2023-11-14', 'held');
});
afterEach(() => {
  db.close();
  removeTempDir(dir);
});

const found = (text: string): string[] =>
  searchStore(db, text, 50).map((hit) => `${hit.kind} ${hit.id}`);

describe('searching the store', () => {
  it('finds a minute, its resolution and the page it was printed on, with the meeting date', () => {
    const minuteId = insertMinute(
      db,
      meetingId,
      '47',
      'Fly-tipping enforcement',
      'The Head of Waste Services presented the report on fly-tipping across the borough.',
    );
    const resolutionId = insertResolution(
      db,
      minuteId,
      'a',
      'RESOLVED: that a further report on fly-tipping be brought to a future meeting.',
    );
    const documentId = Number(
      db
        .prepare(
          `INSERT INTO document (sha256, file_name, format, page_count, byte_size, meeting_id)
           VALUES (?, 'agenda-pack.pdf', 'pdf', 1, 1000, ?)`,
        )
        .run('a'.repeat(64), meetingId).lastInsertRowid,
    );
    db.prepare(
      "INSERT INTO document_page (document_id, page_number, text_z) VALUES (?, 14, scrutineer_deflate('Fly-tipping incidents\nrose in quarter 2.'))",
    ).run(documentId);

    const hits = searchStore(db, 'fly-tipping', 50);
    expect(hits.map((hit) => hit.kind).sort()).toEqual(['minute', 'page', 'resolution']);
    expect(hits.find((hit) => hit.kind === 'resolution')).toEqual({
      kind: 'resolution',
      id: resolutionId,
      title: 'Resolution 47(a): Fly-tipping enforcement',
      snippet: expect.stringContaining('further report on fly-tipping'),
      highlights: [expect.objectContaining({ start: expect.any(Number) })],
      meetingId,
      meetingDate: '2023-11-14',
      committee: 'Environment Scrutiny',
    });
    expect(hits.find((hit) => hit.kind === 'page')).toMatchObject({
      title: 'agenda-pack.pdf, page 14',
      snippet: 'Fly-tipping incidents rose in quarter 2.',
    });
  });

  it('finds words in other forms (porter stemming): "reports" finds "report"', () => {
    const minuteId = insertMinute(db, meetingId, '48', 'Budget', 'Members noted the report.');
    expect(found('reports')).toEqual([`minute ${minuteId}`]);
  });

  it('keeps up as a question is written, reworded and deleted', () => {
    const question = createQuestion(db, { text: 'Why did recycling rates fall in quarter 3?' });
    expect(found('recycling')).toEqual([`question ${question.id}`]);

    updateQuestion(db, question.id, { text: 'Why did missed bin collections rise?' });
    expect(found('recycling')).toEqual([]);
    expect(found('missed bin')).toEqual([`question ${question.id}`]);

    deleteQuestion(db, question.id);
    expect(found('missed bin')).toEqual([]);
  });

  it('keeps up as a minute is edited and its meeting removed', () => {
    const minuteId = insertMinute(db, meetingId, '49', 'Street lighting', 'Lanterns replaced.');
    db.prepare("UPDATE minute SET body = 'LED conversion completed.' WHERE id = ?").run(minuteId);
    expect(found('lanterns')).toEqual([]);
    expect(found('LED conversion')).toEqual([`minute ${minuteId}`]);

    db.prepare('DELETE FROM meeting WHERE id = ?').run(meetingId);
    expect(found('conversion')).toEqual([]);
    expect(
      db
        .prepare("SELECT count(*) FROM minute_fts WHERE minute_fts MATCH 'conversion'")
        .pluck()
        .get(),
    ).toBe(0);
  });

  it('finds a note, and a question not tied to any meeting, with no meeting date', () => {
    const noteId = Number(
      db.prepare("INSERT INTO note (body) VALUES ('Ask about the depot move')").run()
        .lastInsertRowid,
    );
    expect(searchStore(db, 'depot', 10)).toEqual([
      {
        kind: 'note',
        id: noteId,
        title: 'Ask about the depot move',
        snippet: 'Ask about the depot move',
        highlights: [{ start: 14, end: 19 }],
        meetingId: null,
        meetingDate: null,
        committee: null,
      },
    ]);
  });

  it.each([
    'fly-tipping',
    'RESOLVED: that',
    '5.3',
    'AND',
    'OR NOT',
    '"unbalanced',
    'NEAR(',
    '*',
    'title:x',
    '^start',
    '(((',
    "'; DROP TABLE question; --",
    '\u0000',
  ])('never fails on hostile text such as %j', (text) => {
    insertMinute(
      db,
      meetingId,
      '50',
      'Performance',
      'Paragraph 5.3: RESOLVED: that fly-tipping AND OR NOT.',
    );
    expect(() => searchStore(db, text, 20)).not.toThrow();
  });

  it('matches council wording exactly as typed: "5.3" and "RESOLVED: that"', () => {
    const minuteId = insertMinute(
      db,
      meetingId,
      '51',
      'Performance',
      'See paragraph 5.3. RESOLVED: that the report be noted.',
    );
    insertMinute(db, meetingId, '52', 'Housing', 'Paragraph 5 and 3 other items.', 1);
    expect(found('5.3')).toEqual([`minute ${minuteId}`]);
    expect(found('RESOLVED: that')).toEqual([`minute ${minuteId}`]);
  });

  it('returns at most the number of results asked for', () => {
    for (let n = 1; n <= 5; n += 1)
      insertMinute(db, meetingId, String(n), 'Waste', 'Waste strategy.', n);
    expect(searchStore(db, 'waste', 3)).toHaveLength(3);
  });
});
