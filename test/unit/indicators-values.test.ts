// How the figures and words printed in dashboard cells are read: percentages with counts, plain
// numbers with thousands separators, "N/A" kept as text, targets, RAG letters, quartiles, trends.
import {
  parseChangeWord,
  parseIndicatorValue,
  parseQuartile,
  parseRag,
  parseTarget,
  parseTrendWord,
} from '../../shared/readers/indicators/values';

describe('reading a printed figure', () => {
  it('reads a percentage with its count in brackets', () => {
    expect(parseIndicatorValue('31.4% (52)')).toEqual({
      value: 31.4,
      count: 52,
      unit: 'percent',
      text: '31.4% (52)',
    });
  });

  it('reads thousands separators and plain decimals as numbers', () => {
    expect(parseIndicatorValue('5,208')).toMatchObject({ value: 5208, unit: 'number' });
    expect(parseIndicatorValue('0.58')).toMatchObject({ value: 0.58, unit: 'number' });
    expect(parseIndicatorValue('912.0')).toMatchObject({ value: 912, unit: 'number' });
  });

  it('reads a rate per thousand as a rate', () => {
    expect(parseIndicatorValue('0.2 per 1,000')).toMatchObject({ value: 0.2, unit: 'rate' });
  });

  it('keeps "N/A", "n/a" and "Not available this quarter" as text with no value', () => {
    for (const text of ['N/A', 'n/a', 'Not available this quarter', '-']) {
      expect(parseIndicatorValue(text)).toEqual({ value: null, count: null, unit: null, text });
    }
  });

  it('does not read words that merely contain a number as a figure', () => {
    expect(parseIndicatorValue('12 months').value).toBeNull();
  });
});

describe('reading a target', () => {
  it('keeps the printed direction of ">97.2%" and "<20.8%"', () => {
    expect(parseTarget('>96.5%')).toEqual({ op: '>', value: 96.5 });
    expect(parseTarget('<17.0%')).toEqual({ op: '<', value: 17 });
    expect(parseTarget('≥ 80%')).toEqual({ op: '>=', value: 80 });
  });

  it('takes the direction of a bare target from the polarity', () => {
    expect(parseTarget('85%', 'high')).toEqual({ op: '>=', value: 85 });
    expect(parseTarget('85%', 'low')).toEqual({ op: '<=', value: 85 });
    expect(parseTarget('85%')).toEqual({ op: '=', value: 85 });
  });

  it('has no target for "N/A"', () => {
    expect(parseTarget('N/A')).toBeNull();
  });
});

describe('reading RAG, quartile, trend and change words', () => {
  it('reads RAG words and letters alike', () => {
    expect(['Red', 'R', 'amber', 'A', 'GREEN', 'G', 'N/A'].map(parseRag)).toEqual([
      'red',
      'red',
      'amber',
      'amber',
      'green',
      'green',
      null,
    ]);
  });

  it('reads quartiles 1 to 4 and refuses anything else', () => {
    expect(['1', '4', 'Q2', 'Third quartile', '5', 'N/A'].map(parseQuartile)).toEqual([
      1,
      4,
      2,
      3,
      null,
      null,
    ]);
  });

  it('normalises trend words, ignoring a polarity note after them', () => {
    expect(parseTrendWord('Higher (low is good)')).toBe('increase');
    expect(parseTrendWord('Decrease')).toBe('decrease');
    expect(parseTrendWord('No change')).toBe('similar');
    expect(parseTrendWord('Similar (low is good)')).toBe('similar');
    expect(parseTrendWord('N/A')).toBeNull();
  });

  it('reads the change column as positive or negative', () => {
    expect(parseChangeWord('Positive')).toBe('positive');
    expect(parseChangeWord('Negative')).toBe('negative');
    expect(parseChangeWord('N/A')).toBeNull();
  });
});
