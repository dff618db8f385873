// The real targets for indicator reading: the dashboards and performance-report sentences of four
// published packs, read from ../shared/seeds at run time (never copied into the project). Skips
// with a note when the seeds are not present.
import fs from 'node:fs';
import path from 'node:path';
import { normalisePages, splitPages } from '../../shared/readers/lines';
import { parsePack } from '../../shared/readers/pack';
import { nameSimilarity } from '../../shared/readers/indicators/names';
import {
  readPackIndicators,
  type PackIndicators,
} from '../../shared/readers/indicators/pack-indicators';
import type { IndicatorRow } from '../../shared/readers/indicators/types';

const seedsDir = path.resolve(__dirname, '../../../shared/seeds');
const haveSeeds = fs.existsSync(seedsDir);
const describeIfSeeds = haveSeeds ? describe : describe.skip;
if (!haveSeeds)
  console.warn(
    `Seed packs not found at ${seedsDir}; skipping the seed indicator acceptance tests.`,
  );

function readSeed(prefix: string): PackIndicators {
  const file = fs.readdirSync(seedsDir).find((name) => name.startsWith(prefix));
  if (!file) throw new Error(`No seed starting ${prefix} in ${seedsDir}`);
  const pages = splitPages(fs.readFileSync(path.join(seedsDir, file), 'utf8'));
  return readPackIndicators(parsePack({ pages }), { lines: normalisePages(pages) });
}

const RE_REFERRALS = 're-referrals to childrens social care within 12 months';
const CARE_LEAVERS_EET = 'care leavers in education, employment or training';

function row(result: PackIndicators, name: string): IndicatorRow {
  const ranked = [...result.rows].sort(
    (a, b) => nameSimilarity(name, b.name) - nameSimilarity(name, a.name),
  );
  const best = ranked[0];
  if (!best || nameSimilarity(name, best.name) < 0.6) throw new Error(`No row like "${name}"`);
  return best;
}

function valuesOf(indicator: IndicatorRow): Array<[string | null, number | null]> {
  return indicator.values.map((value) => [value.periodLabel, value.value]);
}

function expectSensibleRows(result: PackIndicators, count: number): void {
  expect(result.rows).toHaveLength(count);
  for (const indicator of result.rows) {
    expect(indicator.name.length).toBeGreaterThan(8);
    expect(indicator.theme).not.toBeNull();
    const latest = indicator.values.find((value) => value.column === 'latest');
    expect(latest?.periodLabel).toBeTruthy();
    expect(latest?.value).not.toBeNull();
  }
}

describeIfSeeds('seed 004: the narrow quarter 1 2021/22 dashboard', () => {
  const result = readSeed('004_');

  it('reads all 24 indicators with a name, theme and latest value each', () => {
    expectSensibleRows(result, 24);
    expect(result.reportPeriodLabel).toBe('Quarter 1 2021/22');
  });

  it('reads re-referrals as 19.7% of 236 in a bare "Q1", against target <18.7%, amber, quartile 2', () => {
    const indicator = row(result, RE_REFERRALS);
    expect(indicator.values).toEqual([
      expect.objectContaining({ periodLabel: 'Q1', value: 19.7, count: 236, unit: 'percent' }),
    ]);
    expect(indicator).toMatchObject({
      target: { op: '<', value: 18.7 },
      rag: 'amber',
      quartile: 2,
      neighbourAverage: { value: 22.1 },
      statedTrend: 'Higher (low is good)',
      polarity: { value: 'low', source: 'stated' },
    });
    expect(indicator.printed.rag).toBe('A');
  });

  it('states that high is good for care leavers in education, employment or training', () => {
    expect(row(result, CARE_LEAVERS_EET).polarity).toEqual({ value: 'high', source: 'stated' });
  });

  it('gives each row the line it was printed on', () => {
    const indicator = row(result, RE_REFERRALS);
    expect(indicator.source.lineTo).toBe(indicator.source.lineFrom);
  });
});

describeIfSeeds('seed 001: the wide quarter 3 2021/22 dashboard', () => {
  const result = readSeed('001_');

  it('reads all 25 indicators', () => {
    expectSensibleRows(result, 25);
  });

  it('reads re-referrals for Q2 and Q3 2021/22', () => {
    expect(valuesOf(row(result, RE_REFERRALS))).toEqual([
      ['Q2 2021/22', 19.3],
      ['Q3 2021/22', 19.6],
    ]);
  });

  it('keeps the health assessments row in its own topic, not the one printed beside it', () => {
    const indicator = row(result, 'children in care who have their annual health assessment');
    expect(indicator.theme).toBe('Social Care');
    expect(indicator.topic).toMatch(/^Help children in Leicestershire/);
  });
});

describeIfSeeds('seed 000: the wide quarter 4 2021/22 dashboard with a wrapped header', () => {
  const result = readSeed('000_');

  it('reads all 23 indicators, including rows pushed out of line', () => {
    expectSensibleRows(result, 23);
    expect(valuesOf(row(result, 'eligible 2 year olds taking up their FEEE'))).toEqual([
      ['Autumn 2021', 77.6],
      ['Spring 2022', 76.5],
    ]);
  });

  it('reads re-referrals for Q3 and Q4 2021/22 and infers that low is good', () => {
    const indicator = row(result, RE_REFERRALS);
    expect(valuesOf(indicator)).toEqual([
      ['Q3 2021/22', 19.6],
      ['Q4 2021/22', 20.1],
    ]);
    expect(indicator.polarity).toEqual({ value: 'low', source: 'inferred' });
  });

  it('infers that high is good for care leavers in education, employment or training', () => {
    expect(row(result, CARE_LEAVERS_EET).polarity.value).toBe('high');
  });

  it('links the narrative on re-referrals to its row with both quarters', () => {
    const statement = result.narrative.find((entry) => /re-referrals/i.test(entry.subject));
    expect(statement?.values.map((value) => [value.periodLabel, value.value])).toEqual([
      ['Quarter 4', 20.1],
      ['previous quarter', 19.6],
    ]);
    expect(result.rows[statement?.rowIndex ?? -1]?.name).toBe('Re-referrals to CSC within 12 mths');
  });
});

describeIfSeeds('seed 003: the quarter 2 2020/21 report without its dashboard', () => {
  const result = readSeed('003_');

  it('reads child protection reviews within timescales as 94.6% in quarter 2 from the narrative', () => {
    expect(result.reportPeriodLabel).toBe('Quarter 2 2020/21');
    const statement = result.narrative.find((entry) =>
      /child protection cases reviewed within timescales/i.test(entry.subject),
    );
    expect(statement?.values[0]).toMatchObject({
      periodLabel: 'quarter 2',
      value: 94.6,
      count: 1016,
    });
    expect(statement?.values[1]).toMatchObject({ periodLabel: 'quarter 1', value: 94.9 });
  });

  it('says that no dashboard table could be read', () => {
    expect(result.rows).toEqual([]);
    expect(result.warnings).toContain(
      'the pack has a performance report but no dashboard table could be read',
    );
  });
});
