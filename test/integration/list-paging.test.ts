// Long lists a page at a time through the contract: meetings and resolutions answer `limit` rows
// after `offset` in the same order as the whole list, and callers that ask for no page still get
// every row, as before.
import type Database from 'better-sqlite3';
import { dispatch, type Handlers } from '../../electron/services/dispatch';
import type { OpenedStore } from '../../db/store';
import {
  insertCommittee,
  insertMeeting,
  insertMinute,
  insertResolution,
  openTempStore,
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
  const committee = insertCommittee(db, 'Housing Scrutiny');
  for (let month = 1; month <= 12; month += 1) {
    const date = `2023-${String(month).padStart(2, '0')}-15`;
    const minuteId = insertMinute(
      db,
      insertMeeting(db, committee, date, 'held'),
      '1',
      'Rents',
      'x',
    );
    insertResolution(db, minuteId, 'a', `Rents resolution of ${date}.`);
    insertResolution(db, minuteId, 'b', `Repairs resolution of ${date}.`, 1);
  }
});
afterEach(() => {
  db.close();
  removeTempDir(dir);
});

async function call(method: 'meetings.list' | 'resolutions.list', args: object): Promise<number[]> {
  const envelope = await dispatch(handlers, method, args);
  if (!envelope.ok) throw new Error(envelope.error.message);
  return (envelope.result as { id: number }[]).map((row) => row.id);
}

describe('long lists a page at a time', () => {
  it.each(['meetings.list', 'resolutions.list'] as const)(
    '%s answers consecutive pages of the whole list, and the whole list when no page is asked',
    async (method) => {
      const whole = await call(method, {});
      expect(whole.length).toBeGreaterThanOrEqual(12);
      const first = await call(method, { limit: 5 });
      const second = await call(method, { limit: 5, offset: 5 });
      const rest = await call(method, { limit: 1000, offset: 10 });
      expect(first).toHaveLength(5);
      expect([...first, ...second, ...rest]).toEqual(whole);
      expect(await call(method, { limit: 5, offset: whole.length })).toEqual([]);
    },
  );

  it('refuses a page of no rows or a negative offset with a readable message', async () => {
    await expect(dispatch(handlers, 'meetings.list', { limit: 0 })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments', message: expect.stringContaining('limit') },
    });
    await expect(dispatch(handlers, 'resolutions.list', { offset: -1 })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments', message: expect.stringContaining('offset') },
    });
  });
});
