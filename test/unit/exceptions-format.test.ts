// Figures in exception messages must read as the report printed them, so a member can find them
// on the page; these cases pin the formatting and the "same at printed precision" comparison.
import {
  decimalsPrinted,
  formatCount,
  formatDate,
  formatValue,
  sameAtPrintedPrecision,
} from '../../shared/exceptions/format';

describe('formatting figures for exception messages', () => {
  it('prints a percentage with its sign and the decimals the report printed', () => {
    expect(formatValue(20.1, '%')).toBe('20.1%');
    expect(formatValue(20, '%', '20.0%')).toBe('20.0%');
    expect(formatValue(27.3, '%', '27.3% (39)')).toBe('27.3%');
  });

  it('separates thousands with commas as dashboards do', () => {
    expect(formatValue(4162, null, '4,162')).toBe('4,162');
    expect(formatValue(1250000, '£')).toBe('£1,250,000');
  });

  it('puts a named unit after the figure and leaves a bare ratio bare', () => {
    expect(formatValue(14, 'days')).toBe('14 days');
    expect(formatValue(0.76, null)).toBe('0.76');
  });

  it('ignores a value text that shows a different number from the value', () => {
    expect(decimalsPrinted(18.75, 'N/A')).toBe(2);
    expect(decimalsPrinted(18.75, 'Target 19')).toBe(2);
  });

  it('names what a count counts only when the unit says so', () => {
    expect(formatCount(236, 'children')).toBe('236 children');
    expect(formatCount(236, '%')).toBe('236');
    expect(formatCount(236, 'days')).toBe('236');
    expect(formatCount(1016, null)).toBe('1,016');
  });

  it('writes meeting dates the British way', () => {
    expect(formatDate('2022-03-08')).toBe('8 March 2022');
    expect(formatDate('not a date')).toBe('not a date');
  });

  it('treats "95%" in a narrative as agreeing with 94.6% in a table', () => {
    expect(
      sameAtPrintedPrecision({ value: 95, valueText: '95%' }, { value: 94.6, valueText: '94.6%' }),
    ).toBe(true);
  });

  it('treats 94.9% and 94.6% as different figures', () => {
    expect(
      sameAtPrintedPrecision({ value: 94.9, valueText: null }, { value: 94.6, valueText: null }),
    ).toBe(false);
  });

  it('rounds halves up when comparing at the coarser precision', () => {
    expect(
      sameAtPrintedPrecision({ value: 19, valueText: '19%' }, { value: 18.5, valueText: null }),
    ).toBe(true);
    expect(
      sameAtPrintedPrecision({ value: 18, valueText: '18%' }, { value: 18.5, valueText: null }),
    ).toBe(false);
  });
});
