// The XmR chart maths behind spc-signal: limits from the mean and average moving range, and the
// four signal rules, checked on figures small enough to work out by hand.
import { XMR, xmrLimits, xmrSignals } from '../../shared/exceptions/xmr';

const steady = [10, 12, 11, 13, 10, 12, 11, 13, 10, 12, 11, 13];

describe('XmR limits', () => {
  it('puts the limits 2.66 average moving ranges either side of the mean', () => {
    const limits = xmrLimits([10, 12, 14, 12, 10]);
    // Mean 11.6; moving ranges 2, 2, 2, 2 → average 2; limits 11.6 ± 5.32.
    expect(limits?.mean).toBeCloseTo(11.6);
    expect(limits?.averageMovingRange).toBeCloseTo(2);
    expect(limits?.upper).toBeCloseTo(16.92);
    expect(limits?.lower).toBeCloseTo(6.28);
  });

  it('computes nothing from fewer than five figures', () => {
    expect(xmrLimits([10, 12, 14, 12])).toBeNull();
  });

  it('calls limits from fewer than twelve figures trial limits', () => {
    expect(xmrLimits(steady.slice(0, 11))?.trial).toBe(true);
    expect(xmrLimits(steady)?.trial).toBe(false);
    expect(XMR.stablePoints).toBe(12);
  });
});

describe('XmR signals', () => {
  const signalsOf = (values: number[]) => xmrSignals(values, xmrLimits(values)!);

  it('finds nothing in figures that only vary by chance', () => {
    expect(signalsOf(steady)).toEqual([]);
  });

  it('finds a figure above the upper limit', () => {
    const values = [...steady, 25];
    expect(signalsOf(values)).toContainEqual({
      kind: 'outside-limits',
      from: 12,
      to: 12,
      direction: 'up',
    });
  });

  it('finds a figure below the lower limit', () => {
    const values = [...steady, -2];
    expect(signalsOf(values).filter((signal) => signal.kind === 'outside-limits')).toEqual([
      { kind: 'outside-limits', from: 12, to: 12, direction: 'down' },
    ]);
  });

  it('finds seven figures in a row on one side of the mean, reported once', () => {
    const values = [10, 14, 11, 13, 12.6, 12.4, 12.8, 12.5, 12.9, 12.7, 12.6, 9, 8];
    const shifts = signalsOf(values).filter((signal) => signal.kind === 'run-one-side');
    expect(shifts).toEqual([{ kind: 'run-one-side', from: 3, to: 10, direction: 'up' }]);
  });

  it('does not call six figures on one side a shift', () => {
    const values = [10, 14, 9, 13, 12.6, 12.4, 12.8, 12.5, 12.9, 9, 11, 10, 12];
    expect(signalsOf(values).filter((signal) => signal.kind === 'run-one-side')).toEqual([]);
  });

  it('lets a figure exactly on the mean break a run', () => {
    // Mean is exactly 10; the run above it is broken by the 10 in the middle.
    const values = [11, 11, 11, 11, 10, 11, 11, 11, 5, 12];
    expect(signalsOf(values).filter((signal) => signal.kind === 'run-one-side')).toEqual([]);
  });

  it('finds seven figures rising in a row (six increases)', () => {
    const values = [20, 18, 19, 20, 21, 22, 23, 24, 20, 19];
    const trends = signalsOf(values).filter((signal) => signal.kind === 'trend');
    expect(trends).toEqual([{ kind: 'trend', from: 1, to: 7, direction: 'up' }]);
  });

  it('does not count an unchanged figure as part of a rise', () => {
    const values = [20, 18, 19, 20, 21, 21, 22, 23, 20, 19];
    expect(signalsOf(values).filter((signal) => signal.kind === 'trend')).toEqual([]);
  });

  it('finds two of three figures close to the same limit', () => {
    const values = [11, 12, 11, 12, 11, 12, 11, 12, 11, 12, 15.5, 12, 15.5];
    const limits = xmrLimits(values)!;
    const near = limits.mean + ((limits.upper - limits.mean) * 2) / 3;
    expect(15.5).toBeGreaterThan(near);
    expect(15.5).toBeLessThan(limits.upper);
    expect(xmrSignals(values, limits).filter((signal) => signal.kind === 'two-of-three')).toEqual([
      { kind: 'two-of-three', from: 10, to: 12, direction: 'up' },
    ]);
  });

  it('finds nothing when every figure is the same', () => {
    expect(signalsOf([5, 5, 5, 5, 5, 5, 5, 5])).toEqual([]);
  });
});
