// The one door to the exception rules: turns an indicator's run of figures (or a set of reports'
// period labels) into questions a member could ask, each with the figures and sources behind it.
import type { IndicatorException, IndicatorSeries } from './indicator-series';
import { findConsecutiveDeclines } from './exceptions/consecutive-decline';
import { findCountPercentMismatches } from './exceptions/count-percent';
import type { RuleSettings, SeriesRule } from './exceptions/evidence';
import { findMissedTargets } from './exceptions/missed-target';
import { findNarrativeContradictions } from './exceptions/narrative-contradiction';
import { findPeriodLabelContradictions, type ReportPeriodFacts } from './exceptions/period-label';
import { findQuartileFell, findRagWorsened } from './exceptions/rag-and-quartile';
import { findRestatedValues } from './exceptions/restated-value';
import { findSmallNumbers } from './exceptions/small-numbers';
import { findSpcSignals } from './exceptions/spc-signal';
import { findStaleValue } from './exceptions/stale-value';
import { findTrendWordContradictions } from './exceptions/trend-words';
import { findWorseThanNeighbours } from './exceptions/worse-than-neighbours';

export type { ReportPeriodFacts } from './exceptions/period-label';
export { xmrLimits, xmrSignals, XMR, type XmrLimits, type XmrSignal } from './exceptions/xmr';

export interface ExceptionOptions {
  /** Changes for the worse in a row before consecutive-decline fires (default 3, so 4 figures). */
  consecutiveQuarters?: number;
  /** Counts under this are small numbers (default 30). */
  smallCount?: number;
  /** YYYY-MM-DD: the newest report's period end, for stale-value (which is off without it). */
  asOf?: string;
}

export const DEFAULT_EXCEPTION_OPTIONS = { consecutiveQuarters: 3, smallCount: 30 } as const;

/** In the order of exceptionRuleSchema, which is the order a member reads them in. */
const SERIES_RULES: SeriesRule[] = [
  (series) => findMissedTargets(series),
  (series) => findRagWorsened(series),
  (series) => findQuartileFell(series),
  (series, settings) => findConsecutiveDeclines(series, settings.consecutiveQuarters),
  (series) => findSpcSignals(series),
  (series) => findWorseThanNeighbours(series),
  (series) => findTrendWordContradictions(series),
  (series) => findNarrativeContradictions(series),
  (series) => findRestatedValues(series),
  (series) => findCountPercentMismatches(series),
  (series, settings) => findStaleValue(series, settings.asOf),
  (series, settings) => findSmallNumbers(series, settings.smallCount),
];

/** Every exception in the series, newest period first; within a period, in rule order. */
export function findExceptions(
  series: IndicatorSeries,
  options: ExceptionOptions = {},
): IndicatorException[] {
  const settings: RuleSettings = {
    consecutiveQuarters:
      options.consecutiveQuarters ?? DEFAULT_EXCEPTION_OPTIONS.consecutiveQuarters,
    smallCount: options.smallCount ?? DEFAULT_EXCEPTION_OPTIONS.smallCount,
    asOf: options.asOf ?? null,
  };
  return newestFirst(SERIES_RULES.flatMap((rule) => rule(series, settings)));
}

/** Reports whose title names one period while their text gives the latest figures for another. */
export function findReportExceptions(reports: ReportPeriodFacts[]): IndicatorException[] {
  return newestFirst(findPeriodLabelContradictions(reports));
}

function newestFirst(exceptions: IndicatorException[]): IndicatorException[] {
  return exceptions
    .map((exception, order) => ({ exception, order }))
    .sort(
      (a, b) => b.exception.periodStart.localeCompare(a.exception.periodStart) || a.order - b.order,
    )
    .map(({ exception }) => exception);
}
