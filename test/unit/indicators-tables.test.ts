// Performance tables in any council's layout are read from their header: periods as columns or
// as rows, columns known by their words (target, RAG, direction of travel, polarity, counts), and
// the figures, targets and marks councils print. Tables here are written by us.
import { readPeriodTable } from '../../shared/readers/indicators/period-table';
import {
  parseIndicatorValue,
  parseTarget,
  parseTrendWord,
} from '../../shared/readers/indicators/values';
import type { DashboardRegion } from '../../shared/agenda-pack';

function table(...rows: string[][]): DashboardRegion {
  return {
    title: 'Performance',
    lines: rows.map((cells) => cells.join('\t')),
    source: { page: 2, lineFrom: 1, pageTo: 2, lineTo: rows.length },
  };
}

const figures = (region: DashboardRegion, context = {}) =>
  (readPeriodTable(region, context)?.rows ?? []).map((row) => [
    row.name,
    row.values.map((value) => [value.periodLabel ?? value.column, value.value]),
  ]);

describe('a performance table read from its header', () => {
  it('reads periods as columns: quarters with years, an outturn year and a snapshot date', () => {
    const region = table(
      ['Ref', 'Indicator', '2022/23 Outturn', 'As at 31 March 2023', 'Q1 23/24', 'Q2 23/24 Actual'],
      ['AB1', 'Households in temporary accommodation', '410', '402', '415', '431'],
    );
    expect(figures(region)).toEqual([
      [
        'AB1 Households in temporary accommodation',
        [
          ['2022/23', 410],
          ['March 2023', 402],
          ['Q1 23/24', 415],
          ['Q2 23/24', 431],
        ],
      ],
    ]);
  });

  it('reads periods as rows with the indicators across the top', () => {
    const region = table(
      ['Month', 'Calls answered', 'Average wait (minutes)'],
      ['Apr-24', '91.5%', '2.1'],
      ['May-24', '89.0%', '2.6'],
      ['Jun-24', '92.3%', '1.9'],
    );
    const read = readPeriodTable(region)?.rows ?? [];
    expect(read.map((row) => row.name)).toEqual(['Calls answered', 'Average wait (minutes)']);
    expect(read[0]?.values.map((value) => [value.periodLabel, value.value, value.column])).toEqual([
      ['Apr-24', 91.5, 'previous'],
      ['May-24', 89, 'previous'],
      ['Jun-24', 92.3, 'latest'],
    ]);
  });

  it('knows target, RAG, direction of travel and polarity columns by their words', () => {
    const region = table(
      ['Measure', 'Good is', 'Q1 2024/25', 'Q2 2024/25', 'Q2 Target', 'RAG', 'DoT'],
      ['Missed bin collections per 100,000', 'Smaller is better', '71', '64', '≤ 70', 'G', '⇧'],
    );
    const [row] = readPeriodTable(region)?.rows ?? [];
    expect(row).toMatchObject({
      polarity: { value: 'low', source: 'stated' },
      target: { op: '<=', value: 70 },
      rag: 'green',
      trend: 'better',
    });
    expect(row?.values.find((value) => value.column === 'latest')?.periodLabel).toBe('Q2 2024/25');
  });

  it('takes a count printed in its own column beside its figure', () => {
    const region = table(
      ['Measure', 'Q2 2024/25 %', 'Q2 2024/25 Number'],
      ['Plans issued within 20 weeks', '61.0%', '122'],
    );
    const [row] = readPeriodTable(region)?.rows ?? [];
    expect(row?.values).toEqual([expect.objectContaining({ value: 61, count: 122 })]);
  });

  it('reads a latest and previous pair against the report’s own quarter', () => {
    const region = table(
      ['Indicator', 'Previous quarter', 'Current quarter', 'Same quarter last year'],
      ['Invoices paid within 30 days', '93.1%', '95.2%', '90.4%'],
    );
    const [row] = readPeriodTable(region, { reportPeriodLabel: 'Quarter 2 2024/25' })?.rows ?? [];
    expect(row?.values.map((value) => [value.column, value.value])).toEqual([
      ['previous', 93.1],
      ['latest', 95.2],
      ['same-last-year', 90.4],
    ]);
  });

  it('puts a PDF table’s wrapped header, run-together cells and carried-on names back together', () => {
    const region = table(
      ['Code', 'Status Measure', 'Q1', 'Q2', 'Q2', 'Trend'],
      ['2024/25 2024/25', '2024/25'],
      ['Target'],
      ['XY 12 Amber Percentage of repairs', '81.0%', '84.5%', '90.0%', '↑'],
      ['completed within 28 days'],
    );
    const [row] = readPeriodTable(region)?.rows ?? [];
    expect(row?.name).toBe('XY 12 Percentage of repairs completed within 28 days');
    expect(row?.rag).toBe('amber');
    expect(row?.target).toEqual({ op: '=', value: 90 });
    expect(row?.values.map((value) => [value.periodLabel, value.value])).toEqual([
      ['Q1 2024/25', 81],
      ['Q2 2024/25', 84.5],
    ]);
  });

  it('gives nothing for a table whose header names no periods', () => {
    expect(
      readPeriodTable(table(['Area', 'Spend'], ['North', '12.1'], ['South', '10.3'])),
    ).toBeNull();
  });
});

describe('figures and targets as councils print them', () => {
  it.each([
    ['27.3% (39)', 27.3, 39],
    ['4,162', 4162, null],
    ['£1.2m', 1_200_000, null],
    ['12.5 days', 12.5, null],
  ])('reads %s', (text, value, count) => {
    expect(parseIndicatorValue(text)).toMatchObject({ value, count });
  });

  it.each(['n/a', '-', '*', '<5'])('takes %s as no figure', (text) => {
    expect(parseIndicatorValue(text).value).toBeNull();
  });

  it.each([
    ['≥95%', { op: '>=', value: 95 }],
    ['>= 95', { op: '>=', value: 95 }],
    ['95%+', { op: '>=', value: 95 }],
    ['≤15.0%', { op: '<=', value: 15 }],
    ['90-95%', { op: '>=', value: 90 }],
  ])('reads the target %s', (text, target) => {
    expect(parseTarget(text, 'high')).toEqual(target);
  });

  it('reads a range target from its upper end when low is good', () => {
    expect(parseTarget('10–15%', 'low')).toEqual({ op: '<=', value: 15 });
  });

  it.each([
    ['▲', 'better'],
    ['⇩', 'worse'],
    ['►', 'similar'],
    ['Worsening', 'worse'],
    ['Improving', 'better'],
  ])('reads the direction of travel %s', (text, word) => {
    expect(parseTrendWord(text)).toBe(word);
  });
});
