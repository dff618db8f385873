// The lists a member sees, read straight from a real store: meetings in the order they matter,
// resolutions with their current status, indicators with their depth, and questions that outlive
// the imported rows they were linked to.
import type Database from 'better-sqlite3';
import { listIndicators } from '../../db/indicators';
import { listMeetings } from '../../db/meetings';
import { createQuestion, getQuestion, listQuestions, updateQuestion } from '../../db/questions';
import { listResolutions, recordResolutionStatus } from '../../db/resolutions';
import type { OpenedStore } from '../../db/store';
import {
  insertAgendaItem,
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
let committeeId: number;

beforeEach(async () => {
  ({ store, dir } = await openTempStore());
  db = store.db;
  committeeId = insertCommittee(db, 'Children and Young People Scrutiny');
});
afterEach(() => {
  db.close();
  removeTempDir(dir);
});

describe('the list of meetings', () => {
  it('shows meetings to come first, soonest first, then past ones, most recent first', () => {
    for (const date of ['2023-06-01', '2024-09-10', '2024-03-05', '2024-01-15', '2023-11-20']) {
      insertMeeting(db, committeeId, date);
    }
    const dates = listMeetings(db, '2024-01-15').map((meeting) => meeting.date);
    expect(dates).toEqual(['2024-01-15', '2024-03-05', '2024-09-10', '2023-11-20', '2023-06-01']);
  });

  it('counts each meeting’s agenda items and names its committee', () => {
    const meetingId = insertMeeting(db, committeeId, '2024-03-05', 'held');
    insertAgendaItem(db, meetingId, '1', 'Apologies for absence', 1);
    insertAgendaItem(db, meetingId, '4a', 'Quarter 3 performance report', 2);
    insertMeeting(db, committeeId, '2024-06-11');
    expect(listMeetings(db, '2024-04-01')).toEqual([
      expect.objectContaining({ date: '2024-06-11', agendaItemCount: 0 }),
      {
        id: meetingId,
        committee: 'Children and Young People Scrutiny',
        date: '2024-03-05',
        time: '18:30',
        location: 'Committee Room 1, Town Hall',
        status: 'held',
        agendaItemCount: 2,
      },
    ]);
  });
});

describe('the list of resolutions', () => {
  it('is open until the member records a status, then shows the latest one', () => {
    const meetingId = insertMeeting(db, committeeId, '2023-11-20', 'held');
    const minuteId = insertMinute(db, meetingId, '45', 'School attendance', 'Report presented.');
    const first = insertResolution(db, minuteId, 'a', 'That the report be noted.', 1);
    const second = insertResolution(db, minuteId, 'b', 'That a further report be brought.', 2);

    recordResolutionStatus(db, second, 'in-progress', 'Officer agreed', '2023-12-01T09:00:00.000Z');
    recordResolutionStatus(db, second, 'done', 'On the March agenda', '2024-02-01T09:00:00.000Z');

    expect(listResolutions(db)).toEqual([
      {
        id: first,
        committee: 'Children and Young People Scrutiny',
        meetingDate: '2023-11-20',
        minuteNumber: '45',
        minuteTitle: 'School attendance',
        label: 'a',
        text: 'That the report be noted.',
        status: 'open',
      },
      expect.objectContaining({ id: second, label: 'b', status: 'done' }),
    ]);
  });

  it('takes the status with the latest date, not the last one typed in', () => {
    const meetingId = insertMeeting(db, committeeId, '2023-11-20', 'held');
    const minuteId = insertMinute(db, meetingId, '46', 'Youth justice', 'Discussed.');
    const resolutionId = insertResolution(db, minuteId, null, 'That the Director be requested …');
    recordResolutionStatus(db, resolutionId, 'dropped', null, '2024-02-01T00:00:00.000Z');
    recordResolutionStatus(db, resolutionId, 'in-progress', null, '2023-12-01T00:00:00.000Z');
    expect(listResolutions(db)[0]?.status).toBe('dropped');
  });

  it('lists the most recent meeting’s resolutions first', () => {
    const older = insertMinute(db, insertMeeting(db, committeeId, '2023-06-01'), '10', 'A', '');
    const newer = insertMinute(db, insertMeeting(db, committeeId, '2024-06-01'), '3', 'B', '');
    insertResolution(db, older, null, 'Older.');
    insertResolution(db, newer, null, 'Newer.');
    expect(listResolutions(db).map((resolution) => resolution.text)).toEqual(['Newer.', 'Older.']);
  });
});

describe('the list of indicators', () => {
  it('counts the periods held for each and names the latest as printed', () => {
    const indicatorId = Number(
      db
        .prepare(
          "INSERT INTO indicator (name, theme, polarity, unit) VALUES ('% of children with a plan', 'Early help', 'high', '%')",
        )
        .run().lastInsertRowid,
    );
    const addValue = db.prepare(
      `INSERT INTO indicator_value (indicator_id, period_key, period_label, period_end, value)
       VALUES (?, ?, ?, ?, ?)`,
    );
    addValue.run(indicatorId, '2021/22-Q2', 'Q2 2021/22', '2021-09-30', 94.6);
    addValue.run(indicatorId, '2021/22-Q3', 'Quarter 3', '2021-12-31', 95.1);
    addValue.run(indicatorId, '2021/22-Q1', 'Q1', '2021-06-30', 94.9);
    db.prepare("INSERT INTO indicator (name) VALUES ('Number of new referrals')").run();
    db.prepare(
      "INSERT INTO indicator_alias (indicator_id, alias, normalised_alias, source) VALUES (?, '% of children with plans', 'children with plans', 'import')",
    ).run(indicatorId);

    expect(listIndicators(db)).toEqual([
      {
        id: indicatorId,
        name: '% of children with a plan',
        theme: 'Early help',
        polarity: 'high',
        unit: '%',
        valueCount: 3,
        latestPeriod: 'Quarter 3',
        aliases: ['% of children with plans'],
        council: null,
        latestPackDate: null,
      },
      expect.objectContaining({
        name: 'Number of new referrals',
        polarity: 'unknown',
        valueCount: 0,
        latestPeriod: null,
      }),
    ]);
  });
});

describe('the member’s questions', () => {
  it('survive the deletion of the agenda item they were linked to, losing only the link', () => {
    const meetingId = insertMeeting(db, committeeId, '2024-03-05');
    const agendaItemId = insertAgendaItem(db, meetingId, '5', 'Budget monitoring', 1);
    const question = createQuestion(db, { text: 'What is the forecast overspend?', meetingId });
    db.prepare('UPDATE question SET agenda_item_id = ? WHERE id = ?').run(
      agendaItemId,
      question.id,
    );
    expect(getQuestion(db, question.id)?.agendaItemId).toBe(agendaItemId);

    db.prepare('DELETE FROM agenda_item WHERE id = ?').run(agendaItemId);

    expect(getQuestion(db, question.id)).toMatchObject({
      text: 'What is the forecast overspend?',
      meetingId,
      agendaItemId: null,
    });
  });

  it('survive the deletion of their meeting', () => {
    const meetingId = insertMeeting(db, committeeId, '2024-03-05');
    const question = createQuestion(db, { text: 'Who owns the action plan?', meetingId });
    db.prepare('DELETE FROM meeting WHERE id = ?').run(meetingId);
    expect(getQuestion(db, question.id)).toMatchObject({ id: question.id, meetingId: null });
  });

  it('are listed for one meeting or all, in the order written', () => {
    const march = insertMeeting(db, committeeId, '2024-03-05');
    const june = insertMeeting(db, committeeId, '2024-06-11');
    const a = createQuestion(db, { text: 'First', meetingId: march }, '2024-01-01T10:00:00.000Z');
    const b = createQuestion(db, { text: 'Second', meetingId: june }, '2024-01-01T11:00:00.000Z');
    const c = createQuestion(db, { text: 'Third', meetingId: march }, '2024-01-01T12:00:00.000Z');
    expect(listQuestions(db).map((question) => question.id)).toEqual([a.id, b.id, c.id]);
    expect(listQuestions(db, march).map((question) => question.id)).toEqual([a.id, c.id]);
  });

  it('record when they were last changed, and keep what was not changed', () => {
    const question = createQuestion(db, { text: 'Draft wording' }, '2024-01-01T10:00:00.000Z');
    const updated = updateQuestion(
      db,
      question.id,
      { status: 'ready' },
      '2024-01-02T10:00:00.000Z',
    );
    expect(updated).toMatchObject({
      text: 'Draft wording',
      status: 'ready',
      createdAt: '2024-01-01T10:00:00.000Z',
      updatedAt: '2024-01-02T10:00:00.000Z',
    });
  });
});
