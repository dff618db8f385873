// The contract as the UI uses it: calls go through dispatch (validation included) to the handlers
// and a real store, so a bad call, a missing question or a deleted meeting reads well to a member.
import type Database from 'better-sqlite3';
import { dispatch, type Handlers } from '../../electron/services/dispatch';
import { readMigrations } from '../../db/migrate';
import { localToday } from '../../electron/services/handlers';
import type { OpenedStore } from '../../db/store';
import {
  insertCommittee,
  insertMeeting,
  insertMinute,
  openTempStore,
  realMigrationsDir,
  removeTempDir,
  webHandlers,
} from '../fixtures/store/temp-store';

let store: OpenedStore;
let dir: string;
let db: Database.Database;
let handlers: Handlers;

beforeEach(async () => {
  ({ store, dir } = await openTempStore());
  db = store.db;
  handlers = webHandlers(store);
});
afterEach(() => {
  db.close();
  removeTempDir(dir);
});

/** Calls a method as a host would and returns the result, failing the test on an error. */
async function call(method: string, args: unknown): Promise<unknown> {
  const envelope = await dispatch(handlers, method, args);
  if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error.message}`);
  return envelope.result;
}

describe('app information', () => {
  it('reports the version, schema, store path and host', async () => {
    await expect(call('app.info', {})).resolves.toEqual({
      version: '0.1.0',
      schemaVersion: readMigrations(realMigrationsDir).length,
      storePath: store.path,
      host: 'web',
    });
  });
});

describe('questions through the contract', () => {
  it('are written, listed, edited and deleted', async () => {
    const meetingId = insertMeeting(db, insertCommittee(db, 'Health Scrutiny'), '2024-03-05');
    const created = (await call('questions.create', {
      text: '  How many GP appointments were within two weeks?  ',
      meetingId,
    })) as { id: number };
    expect(created).toMatchObject({
      text: 'How many GP appointments were within two weeks?',
      status: 'draft',
      meetingId,
      agendaItemId: null,
    });
    await expect(call('questions.list', { meetingId })).resolves.toEqual([created]);

    const updated = await call('questions.update', { id: created.id, status: 'asked' });
    expect(updated).toMatchObject({ id: created.id, status: 'asked' });

    await expect(call('questions.delete', { id: created.id })).resolves.toEqual({ deleted: true });
    await expect(call('questions.list', {})).resolves.toEqual([]);
  });

  it.each([
    [{ text: '' }, 'text: a question needs some text'],
    [{ text: '   ' }, 'text: a question needs some text'],
    [{ text: 'Why?', colour: 'red' }, 'colour'],
    [{ text: 42 }, 'text:'],
    [{ text: 'Why?', meetingId: 'one' }, 'meetingId:'],
    [{ text: 'Why?', meetingId: -3 }, 'meetingId:'],
  ])('refuses a bad call %j with a readable message', async (args, mentions) => {
    const envelope = await dispatch(handlers, 'questions.create', args);
    expect(envelope).toEqual({
      ok: false,
      error: { code: 'invalid-arguments', message: expect.stringContaining(mentions) },
    });
    if (!envelope.ok) {
      expect(envelope.error.message).toMatch(/^questions\.create was called with bad arguments: /);
    }
    expect(db.prepare('SELECT count(*) FROM question').pluck().get()).toBe(0);
  });

  it('says so when a question to edit or delete no longer exists', async () => {
    await expect(dispatch(handlers, 'questions.update', { id: 42, text: 'New' })).resolves.toEqual({
      ok: false,
      error: { code: 'failed', message: 'There is no question 42. It may have been deleted.' },
    });
    await expect(dispatch(handlers, 'questions.delete', { id: 42 })).resolves.toEqual({
      ok: false,
      error: { code: 'failed', message: 'There is no question 42. It may have been deleted.' },
    });
  });

  it('says so when a question is tied to a meeting that does not exist', async () => {
    await expect(
      dispatch(handlers, 'questions.create', { text: 'Why?', meetingId: 7 }),
    ).resolves.toEqual({
      ok: false,
      error: { code: 'failed', message: 'There is no meeting 7. It may have been removed.' },
    });
  });
});

describe('lists through the contract', () => {
  it('puts meetings to come first, judged against today', async () => {
    const committeeId = insertCommittee(db, 'Health Scrutiny');
    insertMeeting(db, committeeId, '2024-01-10', 'held');
    insertMeeting(db, committeeId, '2024-04-10');
    insertMeeting(db, committeeId, '2024-02-20');
    const meetings = (await call('meetings.list', {})) as { date: string }[];
    expect(meetings.map((meeting) => meeting.date)).toEqual([
      '2024-02-20',
      '2024-04-10',
      '2024-01-10',
    ]);
  });

  it('returns empty lists from a new store', async () => {
    await expect(call('indicators.list', {})).resolves.toEqual([]);
    await expect(call('resolutions.list', {})).resolves.toEqual([]);
  });

  it('searches with any text, and refuses an empty search', async () => {
    const meetingId = insertMeeting(db, insertCommittee(db, 'Health Scrutiny'), '2024-01-10');
    insertMinute(db, meetingId, '12', 'Waiting times', 'RESOLVED: that waiting times be reported.');
    const hits = (await call('search.query', { text: 'RESOLVED: that' })) as { kind: string }[];
    expect(hits.map((hit) => hit.kind)).toEqual(['minute']);
    await expect(call('search.query', { text: '"(' })).resolves.toEqual([]);
    await expect(dispatch(handlers, 'search.query', { text: ' ' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    });
  });
});

describe('today', () => {
  it('is the local calendar date', () => {
    expect(localToday(new Date(2024, 0, 5, 23, 59))).toBe('2024-01-05');
  });
});
