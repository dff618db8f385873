// trend-word-contradiction: a dashboard's trend word ("Increase", "Similar") or change word
// ("Positive") that the figures do not bear out, compared with the previous period's figure.
import type { IndicatorException, IndicatorSeries } from '../indicator-series';
import { betterDirection, isBetter, isWorse } from './direction';
import {
  exceptionAt,
  hasValue,
  printedValue,
  rowSource,
  valueEvidence,
  type ValuedPoint,
} from './evidence';
import { isPercentUnit } from './format';

/** "Similar" is contradicted by a move of more than this many percentage points… */
export const SIMILAR_PERCENTAGE_POINTS = 1;
/** …or, for figures that are not percentages, by more than this relative change (5%). */
export const SIMILAR_RELATIVE_CHANGE = 0.05;

type StatedMove = 'up' | 'down' | 'flat';

export function readTrendWord(word: string): StatedMove | null {
  const text = word.trim().toLowerCase();
  if (/^(increas|higher|up\b|rising|rise|risen|rose)/.test(text)) return 'up';
  if (/^(decreas|lower|down\b|falling|fall|fell|reduc)/.test(text)) return 'down';
  if (/^(similar|no change|unchanged|same|stable|static|steady)/.test(text)) return 'flat';
  return null;
}

export function readChangeWord(word: string): 'positive' | 'negative' | null {
  const text = word.trim().toLowerCase();
  if (/^(positive|improv|better)/.test(text)) return 'positive';
  if (/^(negative|worse|deteriorat)/.test(text)) return 'negative';
  return null;
}

export function isLargeMove(from: number, to: number, unit: string | null): boolean {
  if (isPercentUnit(unit)) return Math.abs(to - from) > SIMILAR_PERCENTAGE_POINTS + 1e-9;
  if (from === 0) return to !== 0;
  return Math.abs(to - from) / Math.abs(from) > SIMILAR_RELATIVE_CHANGE + 1e-9;
}

export function findTrendWordContradictions(series: IndicatorSeries): IndicatorException[] {
  const found: IndicatorException[] = [];
  series.points.forEach((point, index) => {
    const previous = series.points[index - 1];
    if (previous === undefined || !hasValue(previous) || !hasValue(point)) return;
    // A stated trend compares with the period just before; with that period missing, say nothing.
    if (!follows(previous, point)) return;
    const trend = point.statedTrend === null ? null : trendContradiction(series, previous, point);
    if (trend !== null) found.push(trend);
    const change =
      point.statedChange === null ? null : changeContradiction(series, previous, point);
    if (change !== null) found.push(change);
  });
  return found;
}

function trendContradiction(
  series: IndicatorSeries,
  previous: ValuedPoint,
  point: ValuedPoint,
): IndicatorException | null {
  const word = point.statedTrend ?? '';
  const stated = readTrendWord(word);
  const { unit } = series.indicator;
  const rose = point.value > previous.value;
  const fell = point.value < previous.value;
  const contradicted =
    (stated === 'up' && fell) ||
    (stated === 'down' && rose) ||
    (stated === 'flat' && isLargeMove(previous.value, point.value, unit));
  if (!contradicted) return null;
  const actually = rose ? 'rose' : 'fell';
  return wordException(series, previous, point, 'Trend', word, actually);
}

function changeContradiction(
  series: IndicatorSeries,
  previous: ValuedPoint,
  point: ValuedPoint,
): IndicatorException | null {
  const word = point.statedChange ?? '';
  const stated = readChangeWord(word);
  const better = betterDirection(series);
  if (stated === null || better === null) return null;
  const worse = isWorse(previous.value, point.value, better);
  const improved = isBetter(previous.value, point.value, better);
  if (!((stated === 'positive' && worse) || (stated === 'negative' && improved))) return null;
  const actually = `${point.value > previous.value ? 'rose' : 'fell'}, which is ${worse ? 'worse' : 'better'} (${better} is better),`;
  return wordException(series, previous, point, 'Change', word, actually);
}

function wordException(
  series: IndicatorSeries,
  previous: ValuedPoint,
  point: ValuedPoint,
  label: 'Trend' | 'Change',
  word: string,
  actually: string,
): IndicatorException {
  const { name, unit } = series.indicator;
  return exceptionAt(
    series,
    point,
    'trend-word-contradiction',
    `The dashboard describes ${name} in ${point.period} as "${word.trim()}", but the figure ` +
      `${actually} from ${printedValue(previous, unit)} in ${previous.period} to ` +
      `${printedValue(point, unit)}. Which is right?`,
    [
      { label: `${label} word, ${point.period}`, value: word.trim(), source: rowSource(point) },
      valueEvidence(previous, unit),
      valueEvidence(point, unit),
    ],
  );
}

/** Whether one period starts the day after the other ends (Q1 then Q2; not Q2 2020/21 then Q1 2021/22). */
function follows(previous: { end: string }, point: { start: string }): boolean {
  const dayAfter = new Date(`${previous.end}T00:00:00Z`);
  dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
  return dayAfter.toISOString().slice(0, 10) === point.start;
}
