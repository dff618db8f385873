// rag-worsened and quartile-fell: a worse RAG rating or national quartile than the previous rated
// period. Both are independent of polarity: red is bad and quartile 1 is best for every measure.
import { exceptionsFor, series } from '../support/series-builder';

describe('rag-worsened', () => {
  it('flags green to amber, amber to red and green to red', () => {
    const found = exceptionsFor(
      'rag-worsened',
      series([
        { rag: 'green' },
        { rag: 'amber' },
        { rag: 'red' },
        { rag: 'green' },
        { rag: 'red' },
      ]),
    );
    expect(found.map((exception) => exception.evidence.map((item) => item.value))).toEqual([
      ['green', 'red'],
      ['amber', 'red'],
      ['green', 'amber'],
    ]);
    expect(found[0]?.message).toBe(
      'Re-referrals within 12 months moved from green in Q4 2020/21 to red in Q1 2021/22. ' +
        'What has changed, and what is the plan to recover?',
    );
  });

  it('does not flag an improving or unchanged rating', () => {
    const found = exceptionsFor(
      'rag-worsened',
      series([{ rag: 'red' }, { rag: 'amber' }, { rag: 'amber' }, { rag: 'green' }]),
    );
    expect(found).toEqual([]);
  });

  it('compares across a period left unrated', () => {
    const found = exceptionsFor(
      'rag-worsened',
      series([{ rag: 'green' }, { rag: null }, { rag: 'red' }]),
    );
    expect(found.map((exception) => exception.period)).toEqual(['Q3 2020/21']);
  });

  it('flags a worse rating whatever the polarity', () => {
    for (const polarity of ['low', 'none', 'unknown'] as const) {
      const found = exceptionsFor(
        'rag-worsened',
        series([{ rag: 'amber' }, { rag: 'red' }], { polarity }),
      );
      expect(found).toHaveLength(1);
    }
  });
});

describe('quartile-fell', () => {
  it('flags a move from quartile 2 to quartile 3, since quartile 1 is best', () => {
    const [fell, ...others] = exceptionsFor(
      'quartile-fell',
      series([{ quartile: 2 }, { quartile: 3 }], { polarity: 'low' }),
    );
    expect(others).toEqual([]);
    expect(fell?.message).toBe(
      'Re-referrals within 12 months fell from national quartile 2 in Q1 2020/21 to quartile 3 ' +
        'in Q2 2020/21 (quartile 1 is best). Why has it fallen behind other councils?',
    );
  });

  it('does not flag a rise to a better quartile or staying put', () => {
    const found = exceptionsFor(
      'quartile-fell',
      series([{ quartile: 3 }, { quartile: 1 }, { quartile: 1 }]),
    );
    expect(found).toEqual([]);
  });

  it('ignores periods with no quartile rather than treating them as a change', () => {
    const found = exceptionsFor(
      'quartile-fell',
      series([{ quartile: 1 }, { quartile: null }, { quartile: 1 }]),
    );
    expect(found).toEqual([]);
  });
});
