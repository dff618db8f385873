// The plain data the indicator readers return: dashboard rows and narrative statements as printed in
// an agenda pack, each with its source, before periods are resolved or anything is stored.
import type { SourceRange } from '../../agenda-pack';
import type { Target } from '../../indicator-series';

export type ValueUnit = 'percent' | 'number' | 'ratio' | 'rate';

/** One printed figure: "27.3% (39)" is 27.3 percent of a count of 39; "N/A" has no value. */
export interface IndicatorValue {
  value: number | null;
  count: number | null;
  unit: ValueUnit | null;
  /** The cell or phrase as printed. */
  text: string;
}

export type Rag = 'red' | 'amber' | 'green';

/** Trend words normalised: "Increase", "Higher" → increase; "Similar", "No change" → similar. */
export type TrendWord = 'increase' | 'decrease' | 'similar' | 'better' | 'worse';

export type ChangeWord = 'positive' | 'negative';

export type PolarityValue = 'high' | 'low' | 'none' | 'unknown';

/** Which way is good, and whether the pack said so ('stated') or it was read from the words used. */
export interface Polarity {
  value: PolarityValue;
  source: 'stated' | 'inferred' | null;
}

/** A value for one period as printed in a dashboard row ("Q3 2021/22", or a bare "Q1"). */
export interface PeriodValue extends IndicatorValue {
  periodLabel: string | null;
  /**
   * Which of the row's value columns it came from: the latest, an earlier one, or (unlabelled) the
   * same period a year before the report's own.
   */
  column: 'previous' | 'latest' | 'same-last-year';
}

/** What a dashboard's columns can hold, recognised from the header words. */
export type ColumnRole =
  | 'topic'
  | 'theme'
  | 'name'
  | 'frequency'
  | 'previousPeriod'
  | 'previousValue'
  | 'latestPeriod'
  | 'latestValue'
  | 'trend'
  | 'change'
  | 'target'
  | 'rag'
  | 'quartile'
  | 'neighbour';

export interface IndicatorRow {
  /** The indicator name as printed, with line-wrap artefacts removed. */
  name: string;
  /** The topic column or the section row the indicator sits under. */
  topic: string | null;
  /** The theme column, else the topic. */
  theme: string | null;
  frequency: string | null;
  values: PeriodValue[];
  /** The period the dashboard as a whole reports on, as printed (reads bare "Q1" labels). */
  periodContext: string | null;
  target: Target | null;
  rag: Rag | null;
  quartile: number | null;
  neighbourAverage: IndicatorValue | null;
  statedTrend: string | null;
  statedChange: string | null;
  trend: TrendWord | null;
  change: ChangeWord | null;
  polarity: Polarity;
  /** Every cell as printed, by the column it was read into. */
  printed: Partial<Record<ColumnRole, string>>;
  source: SourceRange;
}

export interface DashboardReading {
  rows: IndicatorRow[];
  warnings: string[];
}

/** What the import report says of one table: found where, and how many rows became values. */
export interface TableSummary {
  title: string | null;
  page: number;
  /** Body rows that looked like an indicator's row. */
  rows: number;
  /** Rows that gave at least one figure. */
  readRows: number;
  /** Figures read from the table. */
  values: number;
  /** False when the table holds figures but no header said what they were. */
  read: boolean;
}

/** A figure quoted in a narrative sentence, with the period as written ("quarter 2", "previous quarter"). */
export interface NarrativeValue extends IndicatorValue {
  periodLabel: string | null;
}

export interface NarrativeStatement {
  /** The indicator words as written, quotation marks removed. */
  subject: string;
  values: NarrativeValue[];
  /** The sentence the statement was read from. */
  sentence: string;
  paragraph: string;
  reportTitle: string;
  /** The period the surrounding heading names, when the sentence sits outside a report. */
  reportPeriodLabel?: string | null;
  source: SourceRange;
}
