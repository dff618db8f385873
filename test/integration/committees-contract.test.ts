// Renaming and merging committees as the Committees page does it: through dispatch (validation
// included) to the handlers and a real store, with papers imported again afterwards. The minutes
// are written for this test.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { openStore, type OpenedStore } from '../../db/store';
import { listMeetings } from '../../db/meetings';
import { dispatch, type Handlers } from '../../electron/services/dispatch';
import { webHandlers } from '../fixtures/store/temp-store';
import { importFiles } from '../../electron/services/import/import-files';
import type { Result } from '../../shared/contract';
import { makeTempDir } from '../support/temp-store';

type Committees = Result<'committees.list'>;

const minutes = (body: string, date: string, number: number, note = ''): string =>
  `Minutes of a meeting of the ${body} of the Eastmoor District Council held at the Civic Centre on ${date}.

PRESENT: Councillor Dee Frost (Chair), Councillors Eli Grant and Fay Hume.

${number}. Allotment Waiting Lists

RESOLVED that the update be noted.
${note}`;

let temp: ReturnType<typeof makeTempDir>;
let store: OpenedStore;
let handlers: Handlers;

async function importText(name: string, text: string): Promise<void> {
  const file = path.join(temp.dir, name);
  writeFileSync(file, text);
  const [result] = await importFiles(store.db, [file], { today: '2032-12-01' });
  expect(result?.status).toBe('imported');
}

/** Calls a method as a host would: the result, or the message a member would read. */
async function call(method: string, args: unknown): Promise<unknown> {
  const envelope = await dispatch(handlers, method, args);
  return envelope.ok ? envelope.result : { error: envelope.error.message };
}

const committeeId = (committees: Committees, name: string): number => {
  const found = committees.find((committee) => committee.name === name);
  if (!found) throw new Error(`No committee called ${name} in ${JSON.stringify(committees)}`);
  return found.id;
};

beforeEach(async () => {
  temp = makeTempDir();
  store = await openStore(path.join(temp.dir, 'store.db'));
  handlers = webHandlers(store, '2032-12-01');
});
afterEach(() => {
  store.db.close();
  temp.remove();
});

describe('committees through the contract', () => {
  it('lists each committee with its council and how many meetings it has had', async () => {
    await importText('a.txt', minutes('Allotments Panel', '2 March 2032', 4));
    await importText('b.txt', minutes('Allotments Panel', '6 April 2032', 9));
    expect(await call('committees.list', {})).toEqual([
      {
        id: expect.any(Number),
        name: 'Allotments Panel',
        council: 'Eastmoor District Council',
        meetingCount: 2,
        aliases: [],
      },
    ]);
  });

  it('keeps a new name when the same papers are imported again', async () => {
    await importText('a.txt', minutes('Allotments Panel', '2 March 2032', 4));
    const before = (await call('committees.list', {})) as Committees;
    const renamed = (await call('committees.rename', {
      id: committeeId(before, 'Allotments Panel'),
      name: '  Growing Spaces   Committee ',
    })) as Committees;
    expect(renamed).toMatchObject([{ name: 'Growing Spaces Committee', meetingCount: 1 }]);

    // The same pack again, re-issued with a correction, so it is read rather than skipped.
    await importText(
      'a-revised.txt',
      minutes('Allotments Panel', '2 March 2032', 4, 'Corrected copy, reissued.\n'),
    );
    expect(await call('committees.list', {})).toMatchObject([
      { name: 'Growing Spaces Committee', meetingCount: 1, aliases: ['allotments panel'] },
    ]);
    expect(listMeetings(store.db, '2032-12-01').map((meeting) => meeting.committee)).toEqual([
      'Growing Spaces Committee',
    ]);
  });

  it('moves every meeting of one committee into another when they are merged', async () => {
    await importText('a.txt', minutes('Allotments Panel', '2 March 2032', 4));
    await importText('b.txt', minutes('Food Growing Board', '6 April 2032', 9));
    await importText('c.txt', minutes('Food Growing Board', '4 May 2032', 12));
    const before = (await call('committees.list', {})) as Committees;
    const merged = (await call('committees.merge', {
      fromId: committeeId(before, 'Food Growing Board'),
      intoId: committeeId(before, 'Allotments Panel'),
    })) as Committees;
    expect(merged).toMatchObject([{ name: 'Allotments Panel', meetingCount: 3 }]);
    expect(
      listMeetings(store.db, '2032-12-01').map((meeting) => [meeting.committee, meeting.date]),
    ).toEqual([
      ['Allotments Panel', '2032-05-04'],
      ['Allotments Panel', '2032-04-06'],
      ['Allotments Panel', '2032-03-02'],
    ]);
  });

  it('refuses a merge of two committees that met on the same day, says why and changes nothing', async () => {
    await importText('a.txt', minutes('Allotments Panel', '2 March 2032', 4));
    await importText('b.txt', minutes('Food Growing Board', '2 March 2032', 9));
    const before = (await call('committees.list', {})) as Committees;
    const answer = await call('committees.merge', {
      fromId: committeeId(before, 'Food Growing Board'),
      intoId: committeeId(before, 'Allotments Panel'),
    });
    expect(answer).toEqual({
      error: 'Both committees have a meeting on 2032-03-02; nothing was merged.',
    });
    expect(await call('committees.list', {})).toEqual(before);
  });

  it('says so when a committee is gone, merged with itself or given no name', async () => {
    await importText('a.txt', minutes('Allotments Panel', '2 March 2032', 4));
    const [only] = (await call('committees.list', {})) as Committees;
    const id = only!.id;
    expect(await call('committees.rename', { id: id + 50, name: 'Parks' })).toEqual({
      error: `There is no committee ${id + 50}. It may have been merged into another.`,
    });
    expect(await call('committees.merge', { fromId: id, intoId: id })).toEqual({
      error: '"Allotments Panel" cannot be merged into itself: choose another committee.',
    });
    expect(await call('committees.rename', { id, name: '   ' })).toMatchObject({
      error: expect.stringContaining('give the committee a name'),
    });
    expect(await call('committees.list', {})).toEqual([only]);
  });
});
