// Councils stay apart: two councils' packs that print an indicator under the very same name give
// two indicators, each with its own series, and a later pack of one council joins only its own.
import fs from 'node:fs';
import path from 'node:path';
import { dispatch } from '../../electron/services/dispatch';
import { openAppSession, type AppSession } from '../../electron/services/app-session';
import { importFiles } from '../../electron/services/import/import-files';
import type { Method } from '../../shared/contract';
import { makeTempDir } from '../support/temp-store';

const fixtures = path.join(__dirname, '..', 'fixtures', 'indicators');
const northwold = path.join(fixtures, 'northwold-q2.txt');
const eastbridge = path.join(fixtures, 'eastbridge-q2.txt');
const neet = 'Young people aged 16-17 not in education, employment or training';

let temp: ReturnType<typeof makeTempDir>;
let session: AppSession;

async function call<T>(method: Method, args: unknown): Promise<T> {
  const envelope = await dispatch(session.handlers, method, args);
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.result as T;
}

interface Listed {
  id: number;
  name: string;
  council?: string | null;
  latestPackDate?: string | null;
}
interface Series {
  points: Array<{ period: string; start: string; value: number | null }>;
}

beforeEach(async () => {
  temp = makeTempDir();
  session = await openAppSession(path.join(temp.dir, 'store.db'), 'desktop');
  const results = await importFiles(session.store.db, [northwold, eastbridge], {
    today: '2024-02-01',
  });
  expect(results.map((result) => result.status)).toEqual(['imported', 'imported']);
});
afterEach(() => {
  session.close();
  temp.remove();
});

const neetRows = async () =>
  (await call<Listed[]>('indicators.list', {})).filter((row) => row.name.startsWith(neet));

describe('each council keeps its own indicators', () => {
  it('gives two councils’ same-named indicator two series, each with its council’s figures', async () => {
    const rows = await neetRows();
    expect(rows.map((row) => row.council).sort()).toEqual([
      'Eastbridge City Council',
      'Northwold District Council',
    ]);
    const values = async (council: string) => {
      const row = rows.find((candidate) => candidate.council === council)!;
      const series = await call<Series>('indicators.series', { id: row.id });
      return series.points.map((point) => [point.period, point.value]);
    };
    expect(await values('Northwold District Council')).toEqual([
      ['Q1 2023/24', 4.8],
      ['Q2 2023/24', 5.1],
    ]);
    expect(await values('Eastbridge City Council')).toEqual([
      ['Jul 2023', 2.9],
      ['Aug 2023', 3.2],
      ['Sep 2023', 3],
    ]);
  });

  it('dates each indicator by its council’s most recent pack', async () => {
    const rows = await neetRows();
    const dates = Object.fromEntries(rows.map((row) => [row.council, row.latestPackDate]));
    expect(dates).toEqual({
      'Northwold District Council': '2023-12-06',
      'Eastbridge City Council': '2024-01-11',
    });
  });

  it('files a later pack of one council under that council’s indicator only', async () => {
    const later = path.join(temp.dir, 'northwold-q3.txt');
    fs.writeFileSync(
      later,
      fs
        .readFileSync(northwold, 'utf8')
        .replace('6 December 2023', '6 March 2024')
        .replace('Q1 2023/24\tQ2 2023/24\tQ2 Target', 'Q2 2023/24\tQ3 2023/24\tQ3 Target')
        .replace('4.8%\t5.1%', '5.1%\t4.6%'),
    );
    await importFiles(session.store.db, [later], { today: '2024-03-10' });
    const rows = await neetRows();
    expect(rows).toHaveLength(2);
    const northwoldRow = rows.find((row) => row.council === 'Northwold District Council')!;
    const series = await call<Series>('indicators.series', { id: northwoldRow.id });
    expect(series.points.map((point) => point.value)).toEqual([4.8, 5.1, 4.6]);
  });
});
