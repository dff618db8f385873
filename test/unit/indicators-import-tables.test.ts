// The import report tells the member what was read: each table of figures with how many of its
// rows became indicator values, and a table whose header says nothing of its figures, by page.
import fs from 'node:fs';
import path from 'node:path';
import { openAppSession, type AppSession } from '../../electron/services/app-session';
import { importFiles } from '../../electron/services/import/import-files';
import { makeTempDir } from '../support/temp-store';

let temp: ReturnType<typeof makeTempDir>;
let session: AppSession;

beforeEach(async () => {
  temp = makeTempDir();
  session = await openAppSession(path.join(temp.dir, 'store.db'), 'desktop');
});
afterEach(() => {
  session.close();
  temp.remove();
});

it('names each table found, how many rows became values, and the page of one it could not read', async () => {
  const file = path.join(temp.dir, 'performance.txt');
  const readable = fs.readFileSync(
    path.join(__dirname, '..', 'fixtures', 'indicators', 'northwold-q2.txt'),
    'utf8',
  );
  const unreadable = [
    '',
    'Spending is shown by area of the district, for comparison with the previous year.',
    '',
    'Each area is served by its own team.',
    '',
    'Table 4: Spend by area',
    '',
    '\tA\tB\tC',
    'North\t12.1\t14.0\t9.5',
    'South\t10.3\t11.8\t8.7',
    'East\t9.9\t12.2\t7.1',
  ].join('\n');
  fs.writeFileSync(file, `${readable}\f${unreadable}\n`);
  const [result] = await importFiles(session.store.db, [file], { today: '2024-02-01' });
  expect(result?.tables).toEqual([
    expect.objectContaining({ page: 1, rows: 3, readRows: 3, values: 6, read: true }),
    expect.objectContaining({ title: 'Table 4: Spend by area', page: 2, read: false }),
  ]);
  expect(result?.warnings.join('\n')).toMatch(/Table 4: Spend by area.*page 2.*not read/);
});
