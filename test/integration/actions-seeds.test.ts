// The chair's tracker on the real committee papers in ../shared/seeds (read, never copied): what
// is and is not an action, owners and dates read from the words, no follow-up claimed where the
// later papers carry none, and a chair's status kept through a revised pack. Skips without seeds.
import fs from 'node:fs';
import path from 'node:path';
import { openStore, type OpenedStore } from '../../db/store';
import { listActions, setActionStatus, type Action } from '../../db/actions';
import { importFiles } from '../../electron/services/import/import-files';
import { makeTempDir } from '../support/temp-store';

const seedsDir = path.resolve(__dirname, '../../../shared/seeds');
const haveSeeds = fs.existsSync(seedsDir);
const describeIfSeeds = haveSeeds ? describe : describe.skip;
if (!haveSeeds)
  console.warn(`Seed packs not found at ${seedsDir}; skipping the seed action tests.`);

const today = '2026-11-22';
let temp: ReturnType<typeof makeTempDir>;
let store: OpenedStore;

const all = (): Action[] => listActions(store.db, {}, today);
const matching = (words: RegExp): Action[] => all().filter((action) => words.test(action.text));

describeIfSeeds('actions read from the real minutes', () => {
  beforeAll(async () => {
    temp = makeTempDir();
    store = await openStore(path.join(temp.dir, 'store.db'));
    const results = await importFiles(store.db, [seedsDir], { today });
    expect(results.every((result) => result.status === 'imported')).toBe(true);
  });
  afterAll(() => {
    store?.db.close();
    temp?.remove();
  });

  it('never tracks "be noted" or the date of the next meeting', () => {
    const noted = matching(/\bbe noted\b/);
    const nextMeeting = matching(/next meeting of the (?:Committee|Commission) would be held/);
    expect(noted.length).toBeGreaterThan(5);
    expect(nextMeeting.length).toBeGreaterThanOrEqual(3);
    expect(noted.every((action) => action.kind === 'noted' && !action.tracked)).toBe(true);
    expect(nextMeeting.every((action) => action.kind === 'procedural')).toBe(true);
    const open = listActions(store.db, { open: true }, today);
    expect(open.some((action) => /\bbe noted\.?;?$|would be held on/.test(action.text))).toBe(
      false,
    );
  });

  it('reads a request for a report to a future committee as a request with no date', () => {
    const [progress] = matching(/report to update on progress .* future committee/);
    expect(progress).toMatchObject({
      meetingDate: '2022-01-25',
      kind: 'request',
      due: null,
      dueWords: 'a future committee',
    });
  });

  it('reads the officer asked to act, and the named meeting comments go to as the due date', () => {
    const [incentives] = matching(/be requested to consider how the Service/);
    expect(incentives).toMatchObject({
      kind: 'recommendation',
      owner: 'the Director of Children and Family Services',
    });
    const [comments] = matching(/comments now made be forwarded/);
    expect(comments).toMatchObject({
      kind: 'recommendation',
      owner: 'the Scrutiny Commission',
      due: '2022-01-31',
    });
  });

  it('leaves undertakings with no later trace open, with no follow-up claimed', () => {
    const [newsletters] = matching(/Newsletters from the Corporate Parenting Team/);
    expect(newsletters).toMatchObject({
      kind: 'commitment',
      owner: 'the Corporate Parenting Team',
      status: 'open',
      followUps: [],
    });
    // No later agenda in these packs returns to a subject an action raised.
    expect(all().flatMap((action) => action.followUps)).toEqual([]);
  });

  it('keeps a status and its note when a revised pack replaces the minutes', async () => {
    const [progress] = matching(/report to update on progress .* future committee/);
    const [undertaking] = matching(/The Director undertook to consider/);
    setActionStatus(store.db, progress!.id, 'in-progress', 'Asked for the autumn');
    setActionStatus(store.db, undertaking!.id, 'done', 'Incentives circulated');
    const seed = fs.readdirSync(seedsDir).find((name) => name.startsWith('001_'))!;
    const revised = path.join(temp.dir, 'revised-001.txt');
    fs.writeFileSync(
      revised,
      fs.readFileSync(path.join(seedsDir, seed), 'utf8') +
        '\n\nRevised to correct a page number.\n',
    );
    const seed000 = fs.readdirSync(seedsDir).find((name) => name.startsWith('000_'))!;
    const revised000 = path.join(temp.dir, 'revised-000.txt');
    fs.writeFileSync(
      revised000,
      fs.readFileSync(path.join(seedsDir, seed000), 'utf8') + '\n\nRevised.\n',
    );
    const results = await importFiles(store.db, [revised, revised000], { today });
    expect(results.map((result) => result.status)).toEqual(['imported', 'imported']);
    expect(all().find((action) => action.id === progress!.id)).toMatchObject({
      status: 'in-progress',
      history: [expect.objectContaining({ note: 'Asked for the autumn' })],
    });
    expect(all().find((action) => action.id === undertaking!.id)).toMatchObject({
      status: 'done',
      history: [expect.objectContaining({ note: 'Incentives circulated' })],
    });
  });
});
