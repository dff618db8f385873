// How an indicator's figures and judgements read on screen and in alt text: values with their
// unit, targets in words, RAG and direction as words, quartiles as ordinals, neighbour gaps.
import type { Result } from '../../shared/contract';
import type { Target } from '../../shared/indicator-series';

export type IndicatorSummary = Result<'indicators.list'>[number];
export type Rag = 'red' | 'amber' | 'green';
export type Direction = NonNullable<IndicatorSummary['direction']>;

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** 19.7 with unit '%' → "19.7%"; 4162 with no unit → "4,162"; a missing value → its printed text. */
export function formatValue(
  value: number | null,
  unit: string | null,
  valueText: string | null = null,
): string {
  if (value === null) return valueText ?? 'No figure';
  const shown = number.format(value);
  if (!unit) return shown;
  return unit === '%' ? `${shown}%` : `${shown} ${unit}`;
}

const targetWords: Record<Target['op'], string> = {
  '<': 'below',
  '<=': 'at or below',
  '>': 'above',
  '>=': 'at or above',
  '=': 'of',
};

/** A target in words: {op '<', value 18.7} → "below 18.7%". */
export function targetInWords(target: Target, unit: string | null): string {
  return `${targetWords[target.op]} ${formatValue(target.value, unit)}`;
}

/** Whether a value meets its target. */
export function meetsTarget(value: number, target: Target): boolean {
  switch (target.op) {
    case '<':
      return value < target.value;
    case '<=':
      return value <= target.value;
    case '>':
      return value > target.value;
    case '>=':
      return value >= target.value;
    case '=':
      return value === target.value;
  }
}

export const ragLabels: Record<Rag, string> = { red: 'Red', amber: 'Amber', green: 'Green' };

export const directionLabels: Record<Direction, string> = {
  improved: 'Improved',
  worsened: 'Worsened',
  unchanged: 'No change',
  changed: 'Changed',
};

/** 1 → "1st quartile", 2 → "2nd quartile" (quartile 1 is the best nationally). */
export function quartileInWords(quartile: number): string {
  const suffix = ['th', 'st', 'nd', 'rd'][quartile] ?? 'th';
  return `${quartile}${suffix} quartile`;
}

/** "1.2 points above the neighbour average" (points for percentages), or "Same as …". */
export function neighbourGapInWords(
  value: number,
  neighbourAverage: number,
  unit: string | null,
): string {
  const gap = Math.round((value - neighbourAverage) * 100) / 100;
  if (gap === 0) return 'Same as the neighbour average';
  const size = Math.abs(gap);
  const amount =
    unit === '%'
      ? `${number.format(size)} ${size === 1 ? 'point' : 'points'}`
      : formatValue(size, unit);
  return `${amount} ${gap > 0 ? 'above' : 'below'} the neighbour average`;
}

/** "1 question to ask", "2 questions to ask". */
export function questionsToAsk(count: number): string {
  return `${count} ${count === 1 ? 'question' : 'questions'} to ask`;
}
