// Short-hand for indicator series in tests: consecutive financial-year quarters, sources that look
// like a dashboard table or a narrative paragraph, so each test states only what it is about.
import { findExceptions, type ExceptionOptions } from '../../shared/exceptions';
import type {
  ExceptionRule,
  IndicatorException,
  IndicatorSeries,
  SeriesPoint,
  Statement,
  StatementSource,
} from '../../shared/indicator-series';

type Indicator = IndicatorSeries['indicator'];
const QUARTER_MONTHS = [
  { start: '04-01', end: '06-30' },
  { start: '07-01', end: '09-30' },
  { start: '10-01', end: '12-31' },
  { start: '01-01', end: '03-31' },
];

/** "2021-22-Q4" → period "Q4 2021/22", 1 January to 31 March 2022. */
export function quarter(
  periodKey: string,
): Pick<SeriesPoint, 'periodKey' | 'period' | 'start' | 'end'> {
  const parts = periodKey.match(/^(\d{4})-(\d{2})-Q([1-4])$/);
  if (!parts) throw new Error(`Not a quarter key: ${periodKey}`);
  const startYear = Number(parts[1]);
  const number = Number(parts[3]);
  const months = QUARTER_MONTHS[number - 1]!;
  const year = number === 4 ? startYear + 1 : startYear;
  return {
    periodKey,
    period: `Q${number} ${startYear}/${parts[2]}`,
    start: `${year}-${months.start}`,
    end: `${year}-${months.end}`,
  };
}

export function nextQuarterKey(periodKey: string): string {
  const parts = periodKey.match(/^(\d{4})-\d{2}-Q([1-4])$/);
  if (!parts) throw new Error(`Not a quarter key: ${periodKey}`);
  const startYear = Number(parts[1]) + (parts[2] === '4' ? 1 : 0);
  const number = parts[2] === '4' ? 1 : Number(parts[2]) + 1;
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}-Q${number}`;
}

export function tableSource(overrides: Partial<StatementSource> = {}): StatementSource {
  return {
    documentId: 1,
    fileName: 'Performance dashboard.pdf',
    page: 12,
    lineFrom: 4,
    lineTo: 4,
    kind: 'table',
    meetingDate: '2022-03-08',
    ...overrides,
  };
}

export function narrativeSource(overrides: Partial<StatementSource> = {}): StatementSource {
  return tableSource({ page: 4, lineFrom: 10, lineTo: 12, kind: 'narrative', ...overrides });
}

export function statement(value: number | null, overrides: Partial<Statement> = {}): Statement {
  return { value, valueText: null, count: null, source: tableSource(), ...overrides };
}

export function point(periodKey: string, overrides: Partial<SeriesPoint> = {}): SeriesPoint {
  const value = overrides.value ?? null;
  return {
    ...quarter(periodKey),
    value,
    valueText: null,
    count: null,
    target: null,
    rag: null,
    quartile: null,
    neighbourAverage: null,
    statedTrend: null,
    statedChange: null,
    sources: [tableSource()],
    statements: [],
    restatements: [],
    ...overrides,
  };
}

export interface SeriesShape extends Partial<Indicator> {
  /** Period key of the first point; later points follow quarter by quarter. */
  from?: string;
}

/**
 * A series from figures (null for "N/A") or point overrides, one a quarter from `from`
 * (default Q1 2020/21). Defaults: a percentage, higher is better, not cumulative.
 */
export function series(
  points: (number | null | Partial<SeriesPoint>)[],
  shape: SeriesShape = {},
): IndicatorSeries {
  const { from = '2020-21-Q1', ...indicator } = shape;
  let periodKey = from;
  const built = points.map((entry) => {
    const overrides = entry === null || typeof entry === 'number' ? { value: entry } : entry;
    const built = point(periodKey, overrides);
    periodKey = nextQuarterKey(periodKey);
    return built;
  });
  return {
    indicator: {
      id: 7,
      name: 'Re-referrals within 12 months',
      polarity: 'high',
      unit: '%',
      cumulative: false,
      ...indicator,
    },
    points: built,
  };
}

/** The exceptions one rule finds in a series. */
export function exceptionsFor(
  rule: ExceptionRule,
  indicatorSeries: IndicatorSeries,
  options?: ExceptionOptions,
): IndicatorException[] {
  return findExceptions(indicatorSeries, options).filter((exception) => exception.rule === rule);
}
