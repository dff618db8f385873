// The four real packs imported into a real store, then read back through the command line's
// indicator commands: quarter-on-quarter series with polarity, narrative values and exceptions.
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../../electron/services/command-line';
import { makeTempDir } from '../support/temp-store';

const seedsDir = path.resolve(__dirname, '../../../shared/seeds');
const haveSeeds = fs.existsSync(seedsDir);
const describeIfSeeds = haveSeeds ? describe : describe.skip;
if (!haveSeeds)
  console.warn(`Seed packs not found at ${seedsDir}; skipping the indicator series tests.`);

let temp: ReturnType<typeof makeTempDir>;
let db: string;

async function json(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli([...argv, '--db', db, '--json'], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  if (code !== 0) throw new Error(`scrutineer ${argv.join(' ')} failed: ${stderr}`);
  return JSON.parse(stdout);
}

interface PrintedPoint {
  period: string;
  value: number | null;
  count: number | null;
  sources: { kind: string }[];
}

describeIfSeeds('indicator series from the real packs', () => {
  beforeAll(async () => {
    temp = makeTempDir();
    db = path.join(temp.dir, 'store.db');
    await json('import', seedsDir);
  });
  afterAll(() => temp?.remove());

  it('charts re-referrals within 12 months quarter by quarter through 2021/22, lower being better', async () => {
    const series = await json(
      'series',
      '--indicator',
      "re-referrals to children's social care within 12 months",
    );
    expect(series.indicator.polarity).toBe('low');
    const byPeriod = new Map<string, PrintedPoint>(
      series.points.map((point: PrintedPoint) => [point.period, point]),
    );
    expect(byPeriod.get('Q1 2021/22')).toMatchObject({ value: 19.7, count: 236 });
    expect(byPeriod.get('Q2 2021/22')?.value).toBe(19.3);
    expect(byPeriod.get('Q3 2021/22')?.value).toBe(19.6);
    expect(byPeriod.get('Q4 2021/22')?.value).toBe(20.1);
    const periods = series.points.map((point: PrintedPoint) => point.period);
    expect(periods.indexOf('Q1 2021/22')).toBeLessThan(periods.indexOf('Q4 2021/22'));
  });

  it('knows that more care leavers in education, employment or training is better', async () => {
    const series = await json(
      'series',
      '--indicator',
      'care leavers in education, employment or training',
    );
    expect(series.indicator.polarity).toBe('high');
    expect(series.points.length).toBeGreaterThan(2);
  });

  it('takes child protection reviews in time for Q2 2020/21 from the narrative of the lone report', async () => {
    const series = await json(
      'series',
      '--indicator',
      'child protection cases reviewed within timescales',
    );
    const q2 = series.points.find((point: PrintedPoint) => point.period === 'Q2 2020/21');
    expect(q2).toMatchObject({ value: 94.6 });
    expect(q2.sources.map((source: { kind: string }) => source.kind)).toContain('narrative');
  });

  it('keeps one indicator per measure however the packs word it', async () => {
    const indicators: { name: string; aliases: string[] }[] = await json('indicators');
    const reReferrals = indicators.filter((row) => /re-?referral/i.test(row.name));
    expect(reReferrals).toHaveLength(1);
    expect(reReferrals[0]!.aliases.length).toBeGreaterThan(1);
  });

  it('asks about the Q1 2021/22 report whose text names quarter 4 for its latest figures', async () => {
    const exceptions: { rule: string; message: string }[] = await json(
      'exceptions',
      '--meeting',
      '2021-09-07',
    );
    const contradiction = exceptions.find(
      (exception) => exception.rule === 'period-label-contradiction',
    );
    expect(contradiction?.message).toMatch(/Q1 2021\/22.*quarter 4/);
    expect(
      exceptions.some(
        (exception) =>
          exception.rule === 'missed-target' && /Re-referrals/i.test(exception.message),
      ),
    ).toBe(true);
  });
});
