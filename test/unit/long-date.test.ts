// The one place month names are read and written: what a member sees printed and what the readers
// accept from papers.
import { longDate, monthNumber } from '../../shared/long-date';

describe('long dates', () => {
  it('prints a day as a member reads it, without a leading zero', () => {
    expect(longDate('2027-01-12')).toBe('12 January 2027');
    expect(longDate('2022-03-08')).toBe('8 March 2022');
  });

  it('prints a month on its own for a due month', () => {
    expect(longDate('2027-06')).toBe('June 2027');
  });

  it('returns anything that is not an ISO date or month as it came', () => {
    expect(longDate('2027-13-01')).toBe('2027-13-01');
    expect(longDate('next meeting')).toBe('next meeting');
  });
});

describe('month numbers', () => {
  it('reads full, short and upper-case month names', () => {
    expect(monthNumber('January')).toBe(1);
    expect(monthNumber('Sept')).toBe(9);
    expect(monthNumber('DECEMBER')).toBe(12);
  });

  it('gives 0 for a word that is no month', () => {
    expect(monthNumber('Cabinet')).toBe(0);
  });
});
