// Which way is better for an indicator, and whether a figure meets its target: from the polarity,
// or, when the polarity is not known, from the target's operator (">" means higher is better).
import type { IndicatorSeries, Target } from '../indicator-series';
import { formatValue } from './format';

export type Better = 'higher' | 'lower';
type Polarity = IndicatorSeries['indicator']['polarity'];

const SAME = 1e-9;

/** The stated polarity only; null for information-only measures and unknown polarity. */
export function polarityDirection(polarity: Polarity): Better | null {
  if (polarity === 'high') return 'higher';
  if (polarity === 'low') return 'lower';
  return null;
}

/** The polarity, or else the operator of the newest target that has a direction. */
export function betterDirection(series: IndicatorSeries): Better | null {
  const stated = polarityDirection(series.indicator.polarity);
  if (stated !== null) return stated;
  for (let index = series.points.length - 1; index >= 0; index -= 1) {
    const fromTarget = targetDirection(series.points[index]?.target ?? null);
    if (fromTarget !== null) return fromTarget;
  }
  return null;
}

export function targetDirection(target: Target | null): Better | null {
  if (target === null || target.op === '=') return null;
  return target.op === '>' || target.op === '>=' ? 'higher' : 'lower';
}

/** Whether moving from one figure to another is a change for the worse. Ties are not. */
export function isWorse(from: number, to: number, better: Better): boolean {
  return better === 'higher' ? to < from - SAME : to > from + SAME;
}

export function isBetter(from: number, to: number, better: Better): boolean {
  return isWorse(to, from, better);
}

/**
 * A figure exactly on the target meets it, whatever the operator: dashboards print ">97.2%" for
 * "at least 97.2%" as often as for "above". An "=" target is missed only on the worse side when the
 * polarity says which side that is, and on either side otherwise.
 */
export function meetsTarget(value: number, target: Target, polarity: Polarity): boolean {
  if (Math.abs(value - target.value) < SAME) return true;
  const better = targetDirection(target) ?? polarityDirection(polarity);
  if (better === null) return false;
  return better === 'higher' ? value > target.value : value < target.value;
}

/** "above 97.2%", "below 18.7%", "at least 90%", "90%". */
export function describeTarget(target: Target, unit: string | null): string {
  const value = formatValue(target.value, unit);
  switch (target.op) {
    case '>':
      return `above ${value}`;
    case '>=':
      return `at least ${value}`;
    case '<':
      return `below ${value}`;
    case '<=':
      return `at most ${value}`;
    case '=':
      return value;
  }
}
