// Other councils' performance papers, read from ../shared/corpus at run time (never copied into the
// project): every indicator fact each pack's expected.json lists must be found in the store after
// importing the pack, in every format it comes in (text, PDF, Word). Table layouts and the minutes
// narrative go through the whole import; the appendix narrative is checked at the reader, so a
// report-only paper is judged on its figures alone. Skips with a note when the corpus is absent.
import fs from 'node:fs';
import path from 'node:path';
import { openAppSession, type AppSession } from '../../electron/services/app-session';
import { dispatch } from '../../electron/services/dispatch';
import { extractDocument } from '../../electron/services/import/extract/extract-document';
import { importFiles } from '../../electron/services/import/import-files';
import type { Method } from '../../shared/contract';
import { narrativePeriod, reportPeriodFromTitle } from '../../shared/periods';
import { readPackIndicators } from '../../shared/readers/indicators/pack-indicators';
import { normalisePages } from '../../shared/readers/lines';
import { parsePack } from '../../shared/readers/pack';
import { makeTempDir } from '../support/temp-store';

const corpusDir = path.resolve(__dirname, '../../../shared/corpus');
const haveCorpus = fs.existsSync(corpusDir);
const describeIfCorpus = haveCorpus ? describe : describe.skip;
if (!haveCorpus)
  console.warn(`Corpus not found at ${corpusDir}; skipping the corpus indicator acceptance tests.`);

interface Fact {
  name: string;
  'name words'?: string;
  period: string;
  value: number;
}

const words = (text: string): string =>
  text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

function facts(pack: string): Fact[] {
  const expected = JSON.parse(
    fs.readFileSync(path.join(corpusDir, pack, 'expected.json'), 'utf8'),
  ) as { indicators?: Fact[] };
  return expected.indicators ?? [];
}

/** "Q2 2023/24" or "Apr 2023" as the first day of the period, as the store keeps it. */
function periodStart(label: string): string {
  const quarter = /^Q([1-4]) (\d{4})\/\d{2}$/.exec(label);
  if (quarter) {
    const month = 4 + 3 * (Number(quarter[1]) - 1);
    const year = Number(quarter[2]) + (month > 12 ? 1 : 0);
    return `${year}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-01`;
  }
  const months = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
  const [name = '', year = ''] = label.toLowerCase().split(' ');
  return `${year}-${String(months.indexOf(name.slice(0, 3)) + 1).padStart(2, '0')}-01`;
}

let temp: ReturnType<typeof makeTempDir>;
let session: AppSession;

async function call<T>(method: Method, args: unknown): Promise<T> {
  const envelope = await dispatch(session.handlers, method, args);
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.result as T;
}

/** The facts not found in the store, each with what was found instead. */
async function missedInStore(file: string, expected: Fact[]): Promise<string[]> {
  const [result] = await importFiles(session.store.db, [file], { today: '2024-06-01' });
  if (result?.status !== 'imported') return [`the import failed: ${result?.error ?? 'no result'}`];
  const listed = await call<Array<{ id: number; name: string; aliases: string[] }>>(
    'indicators.list',
    {},
  );
  const missed: string[] = [];
  for (const fact of expected) {
    const key = words(fact['name words'] ?? fact.name);
    const indicator = listed.find((row) =>
      words([row.name, ...row.aliases].join(' ')).includes(key),
    );
    if (!indicator) {
      missed.push(`no indicator like "${key}"`);
      continue;
    }
    const series = await call<{ points: Array<{ start: string; value: number | null }> }>(
      'indicators.series',
      { id: indicator.id },
    );
    const point = series.points.find((candidate) => candidate.start === periodStart(fact.period));
    if (!point || point.value === null || Math.abs(point.value - fact.value) > 0.05) {
      missed.push(
        `${key} ${fact.period}: got ${point?.value ?? 'nothing'}, expected ${fact.value}`,
      );
    }
  }
  return missed;
}

const throughTheStore: Array<[string, string]> = [
  ['medway-cabinet-record', 'txt'],
  ['medway-cabinet-record', 'pdf'],
  ['surrey-select-committee', 'txt'],
  ['surrey-select-committee', 'pdf'],
  ['birmingham-performance', 'txt'],
  ['birmingham-performance', 'pdf'],
  ['bristol-performance', 'txt'],
  ['bristol-performance', 'docx'],
  ['bolsover-executive', 'txt'],
  ['bolsover-executive', 'pdf'],
  ['northnorfolk-performance-narrative', 'txt'],
];

describeIfCorpus('other councils’ performance papers', () => {
  beforeEach(async () => {
    temp = makeTempDir();
    session = await openAppSession(path.join(temp.dir, 'store.db'), 'desktop');
  });
  afterEach(() => {
    session.close();
    temp.remove();
  });

  it.each(throughTheStore)(
    'files every indicator figure of %s (%s)',
    async (pack, format) => {
      const file = path.join(corpusDir, pack, `pack.${format}`);
      expect(await missedInStore(file, facts(pack))).toEqual([]);
    },
    120_000,
  );

  it('reads every figure of an appendix that gives them only in sentences', async () => {
    const pack = 'northnorfolk-performance-narrative';
    const document = await extractDocument(path.join(corpusDir, pack, 'pack.txt'), {});
    const lines = normalisePages(document.pages);
    const parsed = parsePack({ pages: document.pages, lines });
    const read = readPackIndicators(parsed, { lines }).narrative.flatMap((statement) => {
      const own = reportPeriodFromTitle(statement.reportPeriodLabel ?? '', parsed.meetingDate);
      return statement.values.map((value) => ({
        subject: words(statement.subject),
        start: narrativePeriod(value.periodLabel, own, parsed.meetingDate)?.start,
        value: value.value,
      }));
    });
    const missed = facts(pack).filter(
      (fact) =>
        !read.some(
          (found) =>
            found.subject.includes(words(fact['name words'] ?? fact.name)) &&
            found.start === periodStart(fact.period) &&
            found.value !== null &&
            Math.abs(found.value - fact.value) <= 0.05,
        ),
    );
    expect(missed).toEqual([]);
  });
});
