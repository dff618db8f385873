// Indicators as indicators.list, .series and .exceptions return them, written by us after the
// shape of a children's services dashboard: re-referrals missing a "<18.7%" target for four
// quarters (restated once by a later report), and a theme-less count with no judgements.
import type { Result } from '../../shared/contract';
import type {
  IndicatorException,
  IndicatorSeries,
  SeriesPoint,
} from '../../shared/indicator-series';

type IndicatorSummary = Result<'indicators.list'>[number];

const source = (page: number, line: number, meetingDate = '2022-07-12') => ({
  documentId: 4,
  fileName: 'cyp-scrutiny-2022-07-12.pdf',
  page,
  lineFrom: line,
  lineTo: line,
  kind: 'table' as const,
  meetingDate,
});

export function aSummary(overrides: Partial<IndicatorSummary> = {}): IndicatorSummary {
  return {
    id: 3,
    name: 'Re-referrals within 12 months',
    theme: 'Children’s social care',
    polarity: 'low',
    unit: '%',
    valueCount: 4,
    latestPeriod: 'Q4 2021/22',
    aliases: ['% of re-referrals within 12 months (low = good)'],
    latest: {
      period: 'Q4 2021/22',
      value: 20.1,
      valueText: '20.1%',
      count: 212,
      target: { op: '<', value: 18.7 },
      rag: 'red',
      quartile: 3,
      neighbourAverage: 18.9,
    },
    previous: { period: 'Q3 2021/22', value: 19.6, valueText: '19.6%' },
    direction: 'worsened',
    sparkline: [19.7, 19.3, 19.6, 20.1],
    exceptionCount: 2,
    ...overrides,
  };
}

/** A count with no target or RAG, under no theme: the scorecard's "Other" group. */
export const householdsInTemporaryAccommodation: IndicatorSummary = aSummary({
  id: 8,
  name: 'Households in temporary accommodation',
  theme: null,
  polarity: 'unknown',
  unit: null,
  aliases: [],
  latest: {
    period: 'Q4 2021/22',
    value: 412,
    valueText: '412',
    count: null,
    target: null,
    rag: null,
    quartile: null,
    neighbourAverage: null,
  },
  previous: { period: 'Q3 2021/22', value: 398, valueText: '398' },
  direction: 'changed',
  sparkline: [398, 412],
  exceptionCount: 0,
});

function point(
  quarter: 1 | 2 | 3 | 4,
  value: number,
  rag: SeriesPoint['rag'],
  page: number,
): SeriesPoint {
  return {
    periodKey: `2021-22-Q${quarter}`,
    period: `Q${quarter} 2021/22`,
    start: '2021-04-01',
    end: '2021-06-30',
    value,
    valueText: `${value}%`,
    count: 200 + quarter,
    target: { op: '<', value: 18.7 },
    rag,
    quartile: 3,
    neighbourAverage: 18.9,
    statedTrend: quarter === 1 ? null : 'Increase',
    statedChange: null,
    sources: [source(page, 12)],
    statements: [{ value, valueText: `${value}%`, count: 200 + quarter, source: source(page, 12) }],
    restatements: [],
  };
}

export function aSeries(): IndicatorSeries {
  const second = point(2, 19.3, 'amber', 14);
  second.restatements = [
    { value: 19.5, valueText: '19.5%', count: 203, source: source(22, 7, '2022-10-11') },
  ];
  return {
    indicator: {
      id: 3,
      name: 'Re-referrals within 12 months',
      polarity: 'low',
      unit: '%',
      cumulative: false,
    },
    points: [
      point(1, 19.7, 'red', 12),
      second,
      point(3, 19.6, 'red', 16),
      point(4, 20.1, 'red', 18),
    ],
  };
}

export function anException(overrides: Partial<IndicatorException> = {}): IndicatorException {
  return {
    rule: 'missed-target',
    indicator: { id: 3, name: 'Re-referrals within 12 months' },
    period: 'Q4 2021/22',
    periodKey: '2021-22-Q4',
    periodStart: '2022-01-01',
    message:
      'Re-referrals within 12 months has missed its target of below 18.7% for four quarters running: what is being done to bring it down?',
    evidence: [
      { label: 'Q4 2021/22', value: '20.1%', source: source(18, 12) },
      { label: 'Target', value: '<18.7%', source: null },
    ],
    ...overrides,
  };
}
