// How performance dashboards are read from the table regions of a pack. Each fixture is written by
// us and says which real layout it mirrors; cells are TAB-separated as in the text conversions.
import { readDashboard } from '../../shared/readers/indicators/dashboard-table';
import type { DashboardRegion } from '../../shared/agenda-pack';

function region(title: string, rows: string[][], lineFrom = 100): DashboardRegion {
  return {
    title,
    lines: rows.map((cells) => cells.join('\t')),
    source: { page: 7, lineFrom, pageTo: 7, lineTo: lineFrom + rows.length - 1 },
  };
}

// Mirrors the wide 2021/22 layout: topic, theme, indicator, frequency, previous and latest period
// and value, trend, change, target, RAG, quartile, neighbour average, with a header wrapped onto a
// second line, topics only on the first row of their group, a target cell left blank, a row
// pushed one cell right that lost its last cell, and a theme printed in the topic column.
const WIDE = region('Adult Services Performance Dashboard for Quarter 2, 2030/31', [
  [
    'Topic',
    'Theme',
    'Indicator',
    'Reporting Frequency',
    'Previous Period',
    'Previous',
    '',
    'Latest Value',
    'Trend',
    'Change',
    'Target',
    'Status RAG',
    'National benchmark (quartile 1 = top)',
    'Most recent Statistical Neighbour average',
  ],
  ['', '', '', '', '', 'Value', 'Latest Period', '', '', '', '', '', '', ''],
  [
    'Keep people safe at home',
    'Safeguarding',
    'Repeat safeguarding enquiries within 12 mths',
    'Quarter',
    'Q1 2030/31',
    '14.2%',
    'Q2 2030/31',
    '15.0%',
    'Increase',
    'Negative',
    '<13.5%',
    'Amber',
    '2',
    '16.1%',
  ],
  [
    '',
    'Safeguarding',
    'Enquiries concluded within 28 days',
    'Quarter',
    'Q1 2030/31',
    '81.0%',
    'Q2 2030/31',
    '84.4%',
    'Increase',
    'Positive',
    '',
    'Green',
    '1',
    '77.0%',
  ],
  [
    '',
    'Keep people independent',
    'Reablement',
    'People at home 91 days after reablement',
    'Quarter',
    'Q1 2030/31',
    '88.1',
    'Q2 2030/31',
    '86.9',
    'Decrease',
    'Negative',
    'N/A',
    'N/A',
    'N/A',
  ],
  [
    'Reablement',
    '',
    'Reablement episodes started',
    'Quarter',
    'Q1 2030/31',
    '1,204',
    'Q2 2030/31',
    '1,377',
    'Increase',
    'N/A',
    'N/A',
    'N/A',
    'N/A',
    'N/A',
  ],
]);

// Mirrors the narrower 2021/22 quarter 1 layout: an unlabelled name column, section rows with the
// theme alone, a bare "Q1" to be read against the report's quarter, counts in brackets, R/A/G.
const NARROW = region('Adult Services Performance 2030/31 Quarter 1', [
  [
    '',
    'Latest update',
    'Current figure',
    'Compared to previous data',
    'Target*',
    'Status RAG',
    'National benchmark (quartile 1 = top)',
    'Most recent Statistical Neighbour average',
  ],
  ['Keep people safe at home', '', '', '', '', '', '', ''],
  [
    '% repeat safeguarding enquiries within 12 months',
    'Q1',
    '14.2% (61)',
    'Higher (low is good)',
    '<13.5%',
    'A',
    '2',
    '16.1%',
  ],
  [
    'The % of enquiries concluded within 28 days.',
    'Q1',
    '81.0% (344)',
    'Lower (high is good)',
    '>85.0%',
    'R',
    '3',
    '77.0%',
  ],
  ['Keep people independent', '', '', '', '', '', '', ''],
  ['No. of reablement episodes started', 'Q1', '1,204', 'Higher', 'n/a', 'n/a', 'n/a', 'n/a'],
  [
    'Care home admissions per 100,000 aged 65+ (low = good)',
    'Summer Census 2030',
    '512.3',
    'Similar',
    '90%',
    'G',
    '1',
    'Not available this quarter',
  ],
]);

describe('the wide dashboard layout', () => {
  const { rows, warnings } = readDashboard(WIDE);

  it('reads every indicator row with both periods and values', () => {
    expect(rows.map((row) => row.name)).toEqual([
      'Repeat safeguarding enquiries within 12 mths',
      'Enquiries concluded within 28 days',
      'People at home 91 days after reablement',
      'Reablement episodes started',
    ]);
    expect(rows[0]?.values).toEqual([
      expect.objectContaining({ column: 'previous', periodLabel: 'Q1 2030/31', value: 14.2 }),
      expect.objectContaining({ column: 'latest', periodLabel: 'Q2 2030/31', value: 15 }),
    ]);
    expect(warnings).toEqual([]);
  });

  it('reads target, RAG, quartile, neighbour average and polarity from their header words', () => {
    expect(rows[0]).toMatchObject({
      target: { op: '<', value: 13.5 },
      rag: 'amber',
      quartile: 2,
      neighbourAverage: { value: 16.1, unit: 'percent' },
      statedTrend: 'Increase',
      statedChange: 'Negative',
      polarity: { value: 'low', source: 'inferred' },
      frequency: 'Quarter',
    });
  });

  it('carries the topic down to rows that leave it blank and keeps a blank target as none', () => {
    expect(rows[1]?.topic).toBe('Keep people safe at home');
    expect(rows[1]?.theme).toBe('Safeguarding');
    expect(rows[1]?.target).toBeNull();
  });

  it('realigns a row pushed one cell right that lost its last cell', () => {
    expect(rows[2]).toMatchObject({
      topic: 'Keep people independent',
      theme: 'Reablement',
      frequency: 'Quarter',
      trend: 'decrease',
      neighbourAverage: null,
    });
    expect(rows[2]?.values.map((value) => value.value)).toEqual([88.1, 86.9]);
  });

  it('reads a short theme printed in the topic column as the theme', () => {
    expect(rows[3]).toMatchObject({ theme: 'Reablement', topic: 'Keep people independent' });
    expect(rows[3]?.polarity.value).toBe('none');
  });

  it('gives each row its own line as its source', () => {
    expect(rows[0]?.source).toEqual({ page: 7, lineFrom: 102, pageTo: 7, lineTo: 102 });
    expect(rows[3]?.source.lineFrom).toBe(105);
  });

  it('takes the period of the whole dashboard from its title', () => {
    expect(rows[0]?.periodContext).toBe('Quarter 2, 2030/31');
  });
});

describe('the narrow dashboard layout', () => {
  const { rows } = readDashboard(NARROW, { reportPeriodLabel: 'Quarter 1 2030/31' });

  it('reads the unlabelled first column as the indicator name and section rows as themes', () => {
    expect(rows).toHaveLength(4);
    expect(rows.map((row) => row.theme)).toEqual([
      'Keep people safe at home',
      'Keep people safe at home',
      'Keep people independent',
      'Keep people independent',
    ]);
  });

  it('keeps the bare "Q1" as printed, with the dashboard period to read it against', () => {
    expect(rows[0]?.values).toEqual([
      {
        column: 'latest',
        periodLabel: 'Q1',
        value: 14.2,
        count: 61,
        unit: 'percent',
        text: '14.2% (61)',
      },
    ]);
    expect(rows[0]?.periodContext).toBe('2030/31 Quarter 1');
  });

  it('reads RAG letters and polarity stated in the trend cell', () => {
    expect(rows[0]).toMatchObject({
      rag: 'amber',
      quartile: 2,
      polarity: { value: 'low', source: 'stated' },
    });
    expect(rows[1]).toMatchObject({ rag: 'red', polarity: { value: 'high', source: 'stated' } });
  });

  it('removes a full stop left at the end of a name', () => {
    expect(rows[1]?.name).toBe('The % of enquiries concluded within 28 days');
  });

  it('reads a bare target with the direction the name states', () => {
    expect(rows[3]).toMatchObject({
      target: { op: '<=', value: 90 },
      polarity: { value: 'low', source: 'stated' },
      neighbourAverage: null,
    });
    expect(rows[3]?.values[0]?.periodLabel).toBe('Summer Census 2030');
  });
});

describe('cells spilled over several lines', () => {
  it('joins a name that wraps onto a line of its own below its row', () => {
    const { rows } = readDashboard(
      region('Dashboard', [
        ['Indicator', 'Latest period', 'Latest value', 'Target', 'RAG'],
        ['Adults with a care plan reviewed within the', 'Q3 2030/31', '71.0%', '>80%', 'R'],
        ['last 12 months', '', '', '', ''],
        ['Carers assessed', 'Q3 2030/31', '402', 'N/A', 'N/A'],
      ]),
    );
    expect(rows.map((row) => row.name)).toEqual([
      'Adults with a care plan reviewed within the last 12 months',
      'Carers assessed',
    ]);
    expect(rows[0]?.source).toMatchObject({ lineFrom: 101, lineTo: 102 });
  });

  it('puts a name printed above its figures onto the row below', () => {
    const { rows } = readDashboard(
      region('Dashboard', [
        ['Indicator', 'Latest period', 'Latest value', 'Target', 'RAG'],
        ['Delayed transfers of care per 100,000 adults', '', '', '', ''],
        ['', 'Q3 2030/31', '9.4', '<10', 'G'],
      ]),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      name: 'Delayed transfers of care per 100,000 adults',
      rag: 'green',
    });
  });

  it('adds a count spilled under its figure to that figure', () => {
    const { rows } = readDashboard(
      region('Dashboard', [
        ['Indicator', 'Latest period', 'Latest value', 'Target', 'RAG'],
        ['Adults in settled accommodation (', 'Q3 2030/31', '76.5%', '>75%', 'G'],
        ['high is good)', '', '(1,310)', '', ''],
      ]),
    );
    expect(rows[0]?.name).toBe('Adults in settled accommodation (high is good)');
    expect(rows[0]?.values[0]).toMatchObject({ value: 76.5, count: 1310 });
    expect(rows[0]?.polarity.value).toBe('high');
  });
});

describe("another council's dashboard", () => {
  it('maps columns by their header words in any order', () => {
    // Mirrors no seed: a district council layout with synonyms and the RAG before the target.
    const { rows } = readDashboard(
      region('Corporate scorecard', [
        [
          'Measure',
          'RAG',
          'Period',
          'Actual',
          'Direction of travel',
          'Target',
          'Benchmark quartile',
        ],
        ['Household waste recycled', 'G', 'Q2 2030/31', '52.1%', 'Improved', '>50%', '2'],
        ['Missed bins per 100,000 collections', 'Red', 'Q2 2030/31', '88', 'Worse', '<60', '4'],
      ]),
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      rag: 'green',
      quartile: 2,
      target: { op: '>', value: 50 },
      trend: 'better',
    });
    expect(rows[1]?.values[0]).toMatchObject({
      periodLabel: 'Q2 2030/31',
      value: 88,
      unit: 'number',
    });
  });

  it('reads nothing, and warns of nothing, from a table that is not a dashboard', () => {
    const reading = readDashboard(
      region('Budget 2030/31', [
        ['', '£'],
        ['County council', '112,000'],
        ['Police', '89,000'],
      ]),
    );
    expect(reading).toEqual({ rows: [], warnings: [] });
  });

  it("warns when the change words contradict the target and takes the target's direction", () => {
    const { rows, warnings } = readDashboard(
      region('Dashboard', [
        ['Indicator', 'Previous value', 'Latest value', 'Trend', 'Change', 'Target'],
        [
          'Second or later child protection plans',
          '27.5%',
          '28.0%',
          'Increase',
          'Positive',
          '<20.8%',
        ],
      ]),
    );
    expect(rows[0]?.polarity).toEqual({ value: 'low', source: 'inferred' });
    expect(warnings[0]).toMatch(/opposite of the target <20\.8%/);
  });
});
