// worse-than-neighbours: the newest figure against the statistical-neighbour average, judged by
// polarity, or by the target's operator when the polarity is not known.
import { exceptionsFor, series, tableSource } from '../support/series-builder';

describe('worse-than-neighbours', () => {
  it('flags a newest figure above the neighbour average when lower is better', () => {
    const [worse, ...others] = exceptionsFor(
      'worse-than-neighbours',
      series([{ value: 18 }, { value: 20.1, neighbourAverage: 18.0 }], { polarity: 'low' }),
    );
    expect(others).toEqual([]);
    expect(worse?.message).toBe(
      'Re-referrals within 12 months was 20.1% in Q2 2020/21, worse than the statistical ' +
        'neighbour average of 18% (lower is better). Why is the council behind similar councils, ' +
        'and what can it learn from them?',
    );
    expect(worse?.evidence[1]).toEqual({
      label: 'Statistical neighbour average',
      value: '18%',
      source: tableSource(),
    });
  });

  it('does not flag the same figure when higher is better', () => {
    const better = series([{ value: 20.1, neighbourAverage: 18.0 }], { polarity: 'high' });
    expect(exceptionsFor('worse-than-neighbours', better)).toEqual([]);
  });

  it('does not flag a figure equal to the neighbour average', () => {
    const level = series([{ value: 18, neighbourAverage: 18 }], { polarity: 'low' });
    expect(exceptionsFor('worse-than-neighbours', level)).toEqual([]);
  });

  it('judges only the newest figure, not older ones', () => {
    const recovered = series(
      [
        { value: 25, neighbourAverage: 18 },
        { value: 17, neighbourAverage: 18 },
      ],
      { polarity: 'low' },
    );
    expect(exceptionsFor('worse-than-neighbours', recovered)).toEqual([]);
  });

  it('makes no judgement without a polarity or a target to say which way is better', () => {
    for (const polarity of ['none', 'unknown'] as const) {
      const unjudged = series([{ value: 20.1, neighbourAverage: 18 }], { polarity });
      expect(exceptionsFor('worse-than-neighbours', unjudged)).toEqual([]);
    }
  });

  it('takes the direction from a target when the polarity is unknown', () => {
    const targeted = series(
      [{ value: 20.1, neighbourAverage: 18, target: { op: '<', value: 19 } }],
      {
        polarity: 'unknown',
      },
    );
    expect(exceptionsFor('worse-than-neighbours', targeted)).toHaveLength(1);
  });

  it('needs both a figure and a neighbour average', () => {
    expect(
      exceptionsFor('worse-than-neighbours', series([{ value: null, neighbourAverage: 18 }])),
    ).toEqual([]);
    expect(exceptionsFor('worse-than-neighbours', series([{ value: 10 }]))).toEqual([]);
  });
});
