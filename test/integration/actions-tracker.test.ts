// The chair's action tracker on three meetings of one panel, written by us (test/fixtures/actions):
// the March pack carries January's minutes, the June pack carries March's. Real imports into a real
// store, then the contract's handlers and the command line, as a chair would use them.
import fs from 'node:fs';
import path from 'node:path';
import { openStore, type OpenedStore } from '../../db/store';
import { actionsForMeeting, listActions, type Action } from '../../db/actions';
import { findMeetingIdByDate, getMeetingDetail } from '../../db/meeting-detail';
import { importFiles } from '../../electron/services/import/import-files';
import { runCli } from '../../electron/services/command-line';
import { makeTempDir } from '../support/temp-store';

const fixtures = path.resolve(__dirname, '../fixtures/actions');
const march = path.join(fixtures, 'panel-2027-03-09.txt');
const june = path.join(fixtures, 'panel-2027-06-15.txt');
const today = '2027-10-01';

let temp: ReturnType<typeof makeTempDir>;
let store: OpenedStore;
let dbPath: string;

beforeEach(async () => {
  temp = makeTempDir();
  dbPath = path.join(temp.dir, 'store.db');
  store = await openStore(dbPath);
  const results = await importFiles(store.db, [march, june], { today });
  expect(results.map((result) => result.error)).toEqual([null, null]);
});
afterEach(() => {
  store.db.close();
  temp.remove();
});

const all = (): Action[] => listActions(store.db, {}, today);
function find(minuteNumber: string, words: RegExp): Action {
  const found = all().filter((a) => a.minuteNumber === minuteNumber && words.test(a.text));
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** The council republishes the March pack with a corrected finishing time and a typo fixed. */
function importRevisedMarch() {
  const revised = path.join(temp.dir, 'panel-2027-03-09-revised.txt');
  fs.writeFileSync(
    revised,
    fs
      .readFileSync(march, 'utf8')
      .replace('10.00 am - 12.05 pm', '10.00 am - 12.15 pm')
      .replace('following the storms in December', 'following the December storms'),
  );
  return importFiles(store.db, [revised], { today });
}

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('what the panel asked for', () => {
  it('does not track "be noted", minutes confirmed or the date of the next meeting', () => {
    expect(find('32', /report be noted/)).toMatchObject({ kind: 'noted', tracked: false });
    expect(find('33', /noted and welcomed/)).toMatchObject({ kind: 'noted', tracked: false });
    expect(find('35', /next meeting/)).toMatchObject({ kind: 'procedural', tracked: false });
    const open = listActions(store.db, { open: true }, today);
    expect(
      open
        .map((a) => a.kind)
        .filter((kind) => !['request', 'recommendation', 'commitment'].includes(kind)),
    ).toEqual([]);
    expect(open.some((a) => /be noted|would be held/.test(a.text))).toBe(false);
  });

  it('gives a report requested for the June meeting June as its due month', () => {
    expect(find('32', /evening bus network/)).toMatchObject({
      kind: 'request',
      due: '2027-06',
      dueWords: 'the June meeting',
    });
  });

  it('dates "to the next meeting" as the panel’s next meeting and names the owner as printed', () => {
    expect(find('33', /gully cleansing/)).toMatchObject({
      kind: 'request',
      owner: 'the Director of Environment',
      due: '2027-03-09',
    });
  });

  it('reads the recommendation to the Cabinet and the undertakings made in passing', () => {
    expect(find('34', /Cabinet be recommended/)).toMatchObject({
      kind: 'recommendation',
      owner: 'the Cabinet',
    });
    expect(find('32', /undertook to circulate/)).toMatchObject({
      kind: 'commitment',
      owner: 'the Head of Passenger Transport',
    });
  });

  it('suggests the later agenda items that answer a request, with their evidence', () => {
    const bus = find('32', /evening bus network/);
    expect(bus.followUps).toEqual([
      expect.objectContaining({
        meetingDate: '2027-06-15',
        agendaNumber: '3',
        title: expect.stringMatching(/Evening Bus Network/i),
        state: 'suggested',
        evidence: expect.stringMatching(/same subject/),
      }),
    ]);
    const gully = find('33', /gully cleansing/);
    expect(gully.followUps[0]).toMatchObject({ meetingDate: '2027-03-09', state: 'suggested' });
    expect(bus.overdue || gully.overdue).toBe(false);
  });

  it('leaves an undertaking with no later trace open, and marks a request past due overdue', () => {
    const survey = find('34', /lantern replacement survey/);
    expect(survey).toMatchObject({ kind: 'commitment', status: 'open', followUps: [] });
    const bins = find('43', /missed bin collections/);
    expect(bins).toMatchObject({ due: '2027-09', followUps: [], overdue: true });
    expect(listActions(store.db, {}, '2027-09-30').find((a) => a.id === bins.id)?.overdue).toBe(
      false,
    );
  });

  it('lists outstanding actions first, overdue ones before the rest', () => {
    const listed = all();
    const firstUntracked = listed.findIndex((a) => !a.tracked);
    expect(listed.slice(firstUntracked).every((a) => !a.tracked)).toBe(true);
    expect(listed[0]).toMatchObject({ overdue: true });
  });

  it('shows at each meeting the earlier actions due by then, with their follow-ups', () => {
    const [juneId] = findMeetingIdByDate(store.db, '2027-06-15');
    const [marchId] = findMeetingIdByDate(store.db, '2027-03-09');
    const atJune = actionsForMeeting(store.db, juneId!, today).map((a) => a.text);
    expect(atJune.some((text) => /evening bus network/.test(text))).toBe(true);
    expect(atJune.some((text) => /missed bin/.test(text))).toBe(false);
    // Answered at March's meeting, so no longer the June meeting's business.
    expect(atJune.some((text) => /gully cleansing/.test(text))).toBe(false);
    const atMarch = actionsForMeeting(store.db, marchId!, today).map((a) => a.text);
    expect(atMarch.some((text) => /gully cleansing/.test(text))).toBe(true);
    expect(atMarch.some((text) => /evening bus network/.test(text))).toBe(false);
  });
});

describe('the chair’s statuses and decisions', () => {
  it('keeps a status, its note, the history and a confirmed follow-up through a revised pack', async () => {
    const gully = find('33', /gully cleansing/);
    const routes = find('32', /undertook to circulate/);
    const bus = find('32', /evening bus network/);
    expect(
      (await cli('actions', 'set', String(gully.id), '--status', 'in-progress', '--db', dbPath))
        .code,
    ).toBe(0);
    const done = await cli(
      'actions',
      'set',
      String(gully.id),
      '--status',
      'done',
      '--note',
      'Figures by ward received',
      '--db',
      dbPath,
    );
    expect(done.code).toBe(0);
    await cli(
      'actions',
      'set',
      String(routes.id),
      '--status',
      'dropped',
      '--note',
      'Routes list superseded',
      '--db',
      dbPath,
    );
    store.db
      .prepare(`UPDATE action_follow_up SET state = 'confirmed' WHERE action_id = ?`)
      .run(bus.id);

    const [result] = await importRevisedMarch();
    expect(result?.status).toBe('imported');

    const gullyAfter = find('33', /gully cleansing/);
    expect(gullyAfter.id).toBe(gully.id);
    expect(gullyAfter.status).toBe('done');
    expect(gullyAfter.history.map((entry) => [entry.status, entry.note])).toEqual([
      ['in-progress', null],
      ['done', 'Figures by ward received'],
    ]);
    expect(find('32', /undertook to circulate/)).toMatchObject({
      id: routes.id,
      status: 'dropped',
    });
    expect(find('32', /evening bus network/).followUps[0]?.state).toBe('confirmed');
    // The minutes on the meeting page say the same as the Actions page.
    const [januaryId] = findMeetingIdByDate(store.db, '2027-01-12');
    const minute33 = getMeetingDetail(store.db, januaryId!)!.minutes.find((m) => m.number === '33');
    expect(minute33?.resolutions.find((r) => r.label === 'b')?.status).toBe('done');
  });

  it('never lets a fresh suggestion overwrite a follow-up the chair rejected', async () => {
    const bus = find('32', /evening bus network/);
    store.db
      .prepare(`UPDATE action_follow_up SET state = 'rejected' WHERE action_id = ?`)
      .run(bus.id);
    await importRevisedMarch();
    const after = find('32', /evening bus network/);
    expect(after.followUps.map((f) => [f.meetingDate, f.state])).toEqual([
      ['2027-06-15', 'rejected'],
    ]);
  });
});

describe('the actions command', () => {
  it('prints outstanding actions for a committee in the contract’s shape', async () => {
    const listed = await cli(
      'actions',
      '--db',
      dbPath,
      '--committee',
      'transport',
      '--open',
      '--json',
    );
    expect(listed.code).toBe(0);
    const rows = JSON.parse(listed.stdout) as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual([
        'id',
        'committee',
        'meetingDate',
        'minuteNumber',
        'label',
        'text',
        'kind',
        'owner',
        'due',
        'status',
        'followUps',
      ]);
      expect(['request', 'recommendation', 'commitment']).toContain(row.kind);
    }
    const bus = rows.find((row) => /evening bus network/.test(String(row.text)));
    expect(bus).toMatchObject({
      committee: 'Environment and Transport Scrutiny Panel',
      meetingDate: '2027-01-12',
      minuteNumber: '32',
      label: 'b',
      due: '2027-06',
      status: 'open',
      followUps: [
        {
          meetingDate: '2027-06-15',
          agendaNumber: '3',
          title: expect.stringMatching(/Evening Bus Network/i),
          state: 'suggested',
        },
      ],
    });
  });

  it('drops an action set to done from the open list', async () => {
    const bins = find('43', /missed bin collections/);
    await cli('actions', 'set', String(bins.id), '--status', 'done', '--db', dbPath);
    const listed = await cli('actions', '--db', dbPath, '--open', '--json');
    expect((JSON.parse(listed.stdout) as { id: number }[]).map((row) => row.id)).not.toContain(
      bins.id,
    );
  });

  it('refuses an unknown status or action with a message and changes nothing', async () => {
    const bins = find('43', /missed bin collections/);
    const bad = await cli(
      'actions',
      'set',
      String(bins.id),
      '--status',
      'finished',
      '--db',
      dbPath,
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--status open, in-progress, done, dropped/);
    const missing = await cli('actions', 'set', '99999', '--status', 'done', '--db', dbPath);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no action 99999/);
    expect(find('43', /missed bin collections/).history).toEqual([]);
  });
});
