// Filing actions in a long archive: each pack re-files only what it can have changed (its
// committee's meetings within FOLLOW_UP_YEARS of its own), so packs imported in any order still
// find their follow-ups, and business years later is not offered as the answer to an old request.
import fs from 'node:fs';
import path from 'node:path';
import { openStore, type OpenedStore } from '../../db/store';
import { FOLLOW_UP_YEARS, listActions, type Action } from '../../db/actions';
import { importFiles } from '../../electron/services/import/import-files';
import { makeTempDir } from '../support/temp-store';

const fixtures = path.resolve(__dirname, '../fixtures/actions');
const march = path.join(fixtures, 'panel-2027-03-09.txt');
const june = path.join(fixtures, 'panel-2027-06-15.txt');
const today = '2032-01-01';

let temp: ReturnType<typeof makeTempDir>;
let store: OpenedStore;

beforeEach(async () => {
  temp = makeTempDir();
  store = await openStore(path.join(temp.dir, 'store.db'));
});
afterEach(() => {
  store.db.close();
  temp.remove();
});

async function importInOrder(...files: string[]): Promise<void> {
  for (const file of files) {
    const [result] = await importFiles(store.db, [file], { today });
    expect(result?.error).toBeNull();
  }
}

/** The January request for a report on the evening bus network, which June's agenda answers. */
function busRequest(): Action {
  const found = listActions(store.db, {}, today).filter(
    (action) => action.minuteNumber === '32' && /evening bus network/.test(action.text),
  );
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('actions filed across a long archive', () => {
  it('finds the later meeting’s answer when the older pack is imported after the newer one', async () => {
    await importInOrder(june, march);
    expect(busRequest().followUps).toEqual([
      expect.objectContaining({ meetingDate: '2027-06-15', agendaNumber: '3' }),
    ]);
  });

  it(`does not offer business more than ${FOLLOW_UP_YEARS} years later as the answer to a request`, async () => {
    const years = FOLLOW_UP_YEARS + 1;
    const later = path.join(temp.dir, `panel-${2027 + years}-06-15.txt`);
    fs.writeFileSync(
      later,
      fs
        .readFileSync(june, 'utf8')
        .replace(/15 June 2027/g, `15 June ${2027 + years}`)
        .replace(/15 JUNE 2027/g, `15 JUNE ${2027 + years}`),
    );
    await importInOrder(march, later);
    expect(busRequest().followUps).toEqual([]);
  });
});
