// consecutive-decline: three changes for the worse in a row (four figures) by the stated polarity.
// Never for information-only or unknown polarity, even when a target hints at a direction.
import { exceptionsFor, series } from '../support/series-builder';

describe('consecutive-decline', () => {
  it('flags three falls in a row when higher is better', () => {
    const [decline, ...others] = exceptionsFor('consecutive-decline', series([96, 95, 94.5, 93.9]));
    expect(others).toEqual([]);
    expect(decline?.message).toBe(
      'Re-referrals within 12 months has fallen 3 times in a row (higher is better), from 96% in ' +
        'Q1 2020/21 to 93.9% in Q4 2020/21. What is driving the decline, and what is being done ' +
        'about it?',
    );
    expect(decline?.period).toBe('Q4 2020/21');
    expect(decline?.evidence.map((item) => item.value)).toEqual(['96%', '95%', '94.5%', '93.9%']);
  });

  it('flags three rises in a row when lower is better, and not falls', () => {
    expect(
      exceptionsFor('consecutive-decline', series([10, 11, 12, 13], { polarity: 'low' })),
    ).toHaveLength(1);
    expect(
      exceptionsFor('consecutive-decline', series([13, 12, 11, 10], { polarity: 'low' })),
    ).toEqual([]);
  });

  it('needs four figures for three changes', () => {
    expect(exceptionsFor('consecutive-decline', series([96, 95, 94]))).toEqual([]);
  });

  it('reports a long run once, at its newest period', () => {
    const found = exceptionsFor('consecutive-decline', series([99, 98, 97, 96, 95, 94]));
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('fallen 5 times in a row');
    expect(found[0]?.period).toBe('Q2 2021/22');
  });

  it('lets an unchanged figure end the run', () => {
    expect(exceptionsFor('consecutive-decline', series([96, 95, 95, 94, 93]))).toEqual([]);
  });

  it('lets a missing figure end the run', () => {
    expect(exceptionsFor('consecutive-decline', series([96, 95, null, 94, 93, 92.5]))).toEqual([]);
  });

  it('never fires for information-only or unknown polarity', () => {
    const target = { op: '>' as const, value: 97 };
    for (const polarity of ['none', 'unknown'] as const) {
      const falling = series(
        [96, 95, 94, 93].map((value) => ({ value, target })),
        { polarity },
      );
      expect(exceptionsFor('consecutive-decline', falling)).toEqual([]);
    }
  });

  it('follows the configured run length', () => {
    const falling = series([96, 95, 94]);
    expect(exceptionsFor('consecutive-decline', falling, { consecutiveQuarters: 2 })).toHaveLength(
      1,
    );
  });
});
