// A dashboard whose columns name no period, in a report that names no quarter, cannot be charted;
// the import report says so once for the table, naming its page and rows, not once per figure.
import fs from 'node:fs';
import path from 'node:path';
import { openStore, type OpenedStore } from '../../db/store';
import { samplePackPath } from '../../electron/services/app-session';
import { importFiles } from '../../electron/services/import/import-files';
import { makeTempDir } from '../support/temp-store';

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

/** The sample pack with every mention of the report's own quarter taken out. */
function packWithoutItsQuarter(): string {
  const file = path.join(temp.dir, 'no-quarter.txt');
  const text = fs
    .readFileSync(samplePackPath, 'utf8')
    .replace(/Quarter 2 2026\/27 Performance Report/g, 'Performance Report')
    .replace('QUARTER 2 2026/27 PERFORMANCE REPORT', 'PERFORMANCE REPORT')
    .replace('Quarter 2 performance dashboard', 'Performance dashboard')
    .replace('the second quarter of 2026/27 (July to September 2026)', 'the latest figures');
  fs.writeFileSync(file, text);
  return file;
}

describe('figures whose period cannot be read', () => {
  it('are reported once for their table, with its page and the rows affected', async () => {
    const [result] = await importFiles(store.db, [packWithoutItsQuarter()], {
      today: '2026-11-22',
    });
    expect(result!.status).toBe('imported');
    const unread = result!.warnings.filter((warning) => /were not charted/.test(warning));
    expect(unread).toHaveLength(1);
    expect(unread[0]).toMatch(/^Page \d+: no period was printed for 6 figures \("Re-referrals/);
  });
});
