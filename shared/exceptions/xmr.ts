// XmR (individuals and moving range) chart maths for statistical process control: limits and the
// four signal rules the NHS "Making data count" guidance uses. Pure numbers in, plain data out.

export const XMR = {
  /** Fewer figures than this and no limits are computed at all. */
  minimumPoints: 5,
  /** Fewer figures than this and the limits are "trial limits". */
  stablePoints: 12,
  /** Limits sit this many average moving ranges from the mean (3 sigma for individuals). */
  limitFactor: 2.66,
  /** Points in a row on one side of the mean that signal a shift. */
  runLength: 7,
  /** Points in a row rising (or falling) that signal a trend: 6 increases. */
  trendLength: 7,
} as const;

export interface XmrLimits {
  mean: number;
  averageMovingRange: number;
  upper: number;
  lower: number;
  /** True when computed from fewer than 12 figures. */
  trial: boolean;
  pointCount: number;
}

export type XmrSignalKind = 'outside-limits' | 'run-one-side' | 'trend' | 'two-of-three';

export interface XmrSignal {
  kind: XmrSignalKind;
  /** Index of the first and last figure the signal rests on (inclusive). */
  from: number;
  to: number;
  /** Above the mean / rising, or below the mean / falling. */
  direction: 'up' | 'down';
}

const SAME = 1e-9;

/** Mean and limits of the figures, or null when there are too few figures to compute them. */
export function xmrLimits(values: readonly number[]): XmrLimits | null {
  if (values.length < XMR.minimumPoints) return null;
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const movingRanges = values.slice(1).map((value, index) => Math.abs(value - values[index]!));
  const averageMovingRange =
    movingRanges.reduce((sum, range) => sum + range, 0) / movingRanges.length;
  return {
    mean,
    averageMovingRange,
    upper: mean + XMR.limitFactor * averageMovingRange,
    lower: mean - XMR.limitFactor * averageMovingRange,
    trial: values.length < XMR.stablePoints,
    pointCount: values.length,
  };
}

/** Every signal in the figures: each point outside the limits, and each run or cluster once. */
export function xmrSignals(values: readonly number[], limits: XmrLimits): XmrSignal[] {
  if (limits.averageMovingRange < SAME) return [];
  const side = (value: number): 'up' | 'down' | null =>
    value > limits.mean + SAME ? 'up' : value < limits.mean - SAME ? 'down' : null;
  const nearUpper = limits.mean + ((limits.upper - limits.mean) * 2) / 3;
  const nearLower = limits.mean - ((limits.mean - limits.lower) * 2) / 3;
  const nearLimit = (value: number): 'up' | 'down' | null =>
    value > nearUpper + SAME ? 'up' : value < nearLower - SAME ? 'down' : null;

  const outside: XmrSignal[] = values.flatMap((value, index): XmrSignal[] => {
    if (value > limits.upper + SAME)
      return [{ kind: 'outside-limits', from: index, to: index, direction: 'up' }];
    if (value < limits.lower - SAME)
      return [{ kind: 'outside-limits', from: index, to: index, direction: 'down' }];
    return [];
  });
  const shifts = runs(values.map(side), XMR.runLength).map((run): XmrSignal => ({
    kind: 'run-one-side',
    ...run,
  }));
  const steps = values.map((value, index) => {
    const before = values[index - 1];
    if (before === undefined) return null;
    return value > before + SAME ? 'up' : value < before - SAME ? 'down' : null;
  });
  // A run of 6 increases spans 7 points: the step at index i joins points i - 1 and i.
  const trends = runs(steps, XMR.trendLength - 1).map((run): XmrSignal => ({
    kind: 'trend',
    from: run.from - 1,
    to: run.to,
    direction: run.direction,
  }));
  return [...outside, ...shifts, ...trends, ...twoOfThree(values.map(nearLimit))];
}

/** Maximal runs of the same direction at least `length` long. */
function runs(
  marks: readonly ('up' | 'down' | null)[],
  length: number,
): { from: number; to: number; direction: 'up' | 'down' }[] {
  const found: { from: number; to: number; direction: 'up' | 'down' }[] = [];
  let from = 0;
  marks.forEach((mark, index) => {
    if (mark !== marks[from]) from = index;
    const endsHere = marks[index + 1] !== mark;
    if (mark !== null && endsHere && index - from + 1 >= length) {
      found.push({ from, to: index, direction: mark });
    }
  });
  return found;
}

/** Two of any three figures in a row beyond two-thirds of the way to the same limit. */
function twoOfThree(near: readonly ('up' | 'down' | null)[]): XmrSignal[] {
  const found: XmrSignal[] = [];
  for (let start = 0; start + 2 < near.length; start += 1) {
    for (const direction of ['up', 'down'] as const) {
      const hits = [start, start + 1, start + 2].filter((index) => near[index] === direction);
      if (hits.length < 2) continue;
      const from = hits[0]!;
      const to = hits[hits.length - 1]!;
      const last = [...found].reverse().find((signal) => signal.direction === direction);
      if (last !== undefined && from <= last.to) last.to = Math.max(last.to, to);
      else found.push({ kind: 'two-of-three', from, to, direction });
    }
  }
  return found;
}
