// The action log a September pack prints (test/fixtures/actions) updates the statuses it states,
// each with its page as source and dated by that meeting; the chair's later word still wins, and
// a revised pack does not state it twice.
import fs from 'node:fs';
import path from 'node:path';
import { openStore, type OpenedStore } from '../../db/store';
import { listActions, setActionStatus, type Action } from '../../db/actions';
import { importFiles } from '../../electron/services/import/import-files';
import { makeTempDir } from '../support/temp-store';

const fixtures = path.resolve(__dirname, '../fixtures/actions');
const packs = ['panel-2027-03-09.txt', 'panel-2027-06-15.txt', 'panel-2027-09-14-action-log.txt'];
const today = '2027-10-01';

let temp: ReturnType<typeof makeTempDir>;
let store: OpenedStore;

beforeEach(async () => {
  temp = makeTempDir();
  store = await openStore(path.join(temp.dir, 'store.db'));
  const results = await importFiles(
    store.db,
    packs.map((name) => path.join(fixtures, name)),
    { today },
  );
  expect(results.map((result) => result.status)).toEqual(['imported', 'imported', 'imported']);
});
afterEach(() => {
  store.db.close();
  temp.remove();
});

function find(minuteNumber: string, words: RegExp): Action {
  const found = listActions(store.db, {}, today).filter(
    (a) => a.minuteNumber === minuteNumber && words.test(a.text),
  );
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('an action log printed in a pack', () => {
  it('updates the statuses it states, with the page as source', () => {
    const bus = find('32', /evening bus network/);
    expect(bus.status).toBe('done');
    expect(bus.history).toEqual([
      {
        status: 'done',
        note: expect.stringMatching(/Complete - considered in June/),
        at: '2027-09-14T00:00:00.000Z',
        by: 'action-log',
        source: { documentId: expect.any(Number), page: 2 },
      },
    ]);
    expect(find('43', /missed bin collections/)).toMatchObject({
      status: 'open',
      history: [expect.objectContaining({ note: expect.stringMatching(/Not started/) })],
    });
  });

  it('finds the row’s action by its words when a minute holds more than one', () => {
    expect(find('34', /lantern replacement survey/).status).toBe('in-progress');
    expect(find('34', /Cabinet be recommended/)).toMatchObject({ status: 'open', history: [] });
    expect(find('32', /undertook to circulate/).history).toEqual([]);
  });

  it('gives way to a status the chair sets after that meeting', () => {
    const lantern = find('34', /lantern replacement survey/);
    setActionStatus(store.db, lantern.id, 'done', 'Survey shared', '2027-09-20T10:00:00.000Z');
    expect(find('34', /lantern replacement survey/).status).toBe('done');
  });

  it('is not stated twice when a revised pack is imported', async () => {
    const revised = path.join(temp.dir, 'panel-2027-09-14-revised.txt');
    fs.writeFileSync(
      revised,
      fs.readFileSync(path.join(fixtures, packs[2]!), 'utf8').replace('10.00 am', '10.30 am'),
    );
    const [result] = await importFiles(store.db, [revised], { today });
    expect(result?.status).toBe('imported');
    expect(find('32', /evening bus network/).history).toHaveLength(1);
  });
});
