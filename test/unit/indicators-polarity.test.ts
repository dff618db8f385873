// Which way is good: stated in a name or trend cell, read from trend and change words, or unknown.
import { readPolarity } from '../../shared/readers/indicators/polarity';

describe('indicator polarity', () => {
  it('takes a polarity stated in the trend cell as stated', () => {
    const { polarity } = readPolarity({
      name: 'Repeat referrals',
      trendText: 'Higher (low is good)',
    });
    expect(polarity).toEqual({ value: 'low', source: 'stated' });
  });

  it('takes "(low = good)" appended to a name as stated', () => {
    const { polarity } = readPolarity({ name: 'Plans lasting 2 years or more (low = good)' });
    expect(polarity).toEqual({ value: 'low', source: 'stated' });
  });

  it('reads "high is good" in any case', () => {
    expect(readPolarity({ name: 'x', trendText: 'Lower (High is good)' }).polarity.value).toBe(
      'high',
    );
  });

  it('infers low is good from a rise judged negative, and high from a fall judged negative', () => {
    expect(
      readPolarity({ name: 'x', trendText: 'Increase', changeText: 'Negative' }).polarity,
    ).toEqual({ value: 'low', source: 'inferred' });
    expect(
      readPolarity({ name: 'x', trendText: 'Decrease', changeText: 'Negative' }).polarity,
    ).toEqual({ value: 'high', source: 'inferred' });
    expect(
      readPolarity({ name: 'x', trendText: 'Increase', changeText: 'Positive' }).polarity.value,
    ).toBe('high');
  });

  it('treats a rise with no judgement as a measure for information only', () => {
    expect(readPolarity({ name: 'x', trendText: 'Increase', changeText: 'N/A' }).polarity).toEqual({
      value: 'none',
      source: 'inferred',
    });
  });

  it('says unknown when nothing is stated and the figures did not move', () => {
    expect(readPolarity({ name: 'x', trendText: 'No change', changeText: 'N/A' }).polarity).toEqual(
      {
        value: 'unknown',
        source: null,
      },
    );
  });

  it('reports a name and a trend cell that disagree, keeping the name', () => {
    const reading = readPolarity({
      name: 'First entrants (low = good)',
      trendText: 'Lower (no polarity)',
    });
    expect(reading.polarity.value).toBe('low');
    expect(reading.conflict).toMatch(/low is good.*no polarity/);
  });
});
