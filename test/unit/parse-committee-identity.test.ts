// One committee per body: papers printing a committee's name with or without "Committee", with
// "&" or "and", in capitals, file under one committee and one meeting per day; a member's rename
// or merge holds when papers printing the old name are imported again. (Papers written for this test.)
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { openStore, type OpenedStore } from '../../db/store';
import { listCommittees, mergeCommittees, renameCommittee } from '../../db/committees';
import { listMeetings } from '../../db/meetings';
import { importFiles } from '../../electron/services/import/import-files';
import { runCli } from '../../electron/services/command-line';
import { makeTempDir } from '../support/temp-store';

const minutes = (
  body: string,
  date: string,
  number: number,
) => `Minutes of a meeting of the ${body} of the Westvale Borough Council held at the Town Hall on ${date}.

PRESENT: Councillor Ann Bray (Chair), Councillors Ben Cole and Cat Dean.

${number}. Parks & Open Spaces

RESOLVED that the report be noted.
`;

let temp: ReturnType<typeof makeTempDir>;
let store: OpenedStore;

async function importText(name: string, text: string) {
  const file = path.join(temp.dir, name);
  writeFileSync(file, text);
  const [result] = await importFiles(store.db, [file], { today: '2031-12-01' });
  return result!;
}

beforeEach(async () => {
  temp = makeTempDir();
  store = await openStore(path.join(temp.dir, 'store.db'));
});
afterEach(() => {
  store.db.close();
  temp.remove();
});

describe('committee identity', () => {
  it('files two papers naming one body differently on one day as one meeting', async () => {
    const first = await importText(
      'a.txt',
      minutes('Parks & Leisure Committee', '4 March 2031', 7),
    );
    const second = await importText('b.txt', minutes('PARKS AND LEISURE', '4 March 2031', 8));
    expect(first.status).toBe('imported');
    expect(second.status).toBe('imported');
    expect(second.meetingIds).toEqual(first.meetingIds);
    expect(first.meetingIds).toHaveLength(1);
    expect(listMeetings(store.db, '2031-12-01').map((meeting) => meeting.committee)).toEqual([
      'Parks & Leisure Committee',
    ]);
    expect(listCommittees(store.db)).toMatchObject([
      { name: 'Parks & Leisure Committee', council: 'Westvale Borough Council', meetings: 1 },
    ]);
  });

  it('keeps a rename when papers printing the old name are imported again', async () => {
    await importText('a.txt', minutes('Parks Panel', '4 March 2031', 7));
    renameCommittee(store.db, 'Parks Panel', 'Green Spaces Scrutiny Panel');
    await importText('b.txt', minutes('Parks Panel', '1 April 2031', 9));
    expect(listMeetings(store.db, '2031-12-01').map((m) => [m.committee, m.date])).toEqual([
      ['Green Spaces Scrutiny Panel', '2031-04-01'],
      ['Green Spaces Scrutiny Panel', '2031-03-04'],
    ]);
  });

  it('merges two names of one body, and refuses when both met on the same day', async () => {
    await importText('a.txt', minutes('Parks Panel', '4 March 2031', 7));
    await importText('b.txt', minutes('Open Spaces Board', '1 April 2031', 9));
    mergeCommittees(store.db, 'Open Spaces Board', 'Parks Panel');
    await importText('c.txt', minutes('Open Spaces Board', '6 May 2031', 10));
    expect(listCommittees(store.db)).toMatchObject([{ name: 'Parks Panel', meetings: 3 }]);
    await importText('d.txt', minutes('Lakes Board', '6 May 2031', 3));
    expect(() => mergeCommittees(store.db, 'Lakes Board', 'Parks Panel')).toThrow(/2031-05-06/);
  });

  it('renames from the command line and lists committees as JSON', async () => {
    await importText('a.txt', minutes('Parks Panel', '4 March 2031', 7));
    store.db.close();
    let printed = '';
    const out = { stdout: (text: string) => (printed += text), stderr: () => undefined };
    const db = path.join(temp.dir, 'store.db');
    expect(
      await runCli(
        ['committees', 'rename', 'Parks Panel', 'Parks Committee', '--db', db, '--json'],
        out,
      ),
    ).toBe(0);
    expect(JSON.parse(printed)).toMatchObject([
      { name: 'Parks Committee', aliases: ['parks panel'] },
    ]);
    store = await openStore(db);
  });
});
