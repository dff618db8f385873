// How Scrutineer reads the date and time phrases printed on UK council papers.
import { parseTimeSpan, parseUkDate, parseUkTime } from '../../shared/readers/dates';

describe('reading UK dates and times', () => {
  it('reads a front-sheet date with weekday and time (mirrors "Date/Time: Tuesday, 7 June 2022 at 2.00 pm")', () => {
    const printed = 'Wednesday, 12 October 2033 at 2.30 pm';
    expect(parseUkDate(printed)).toBe('2033-10-12');
    expect(parseUkTime(printed)).toBe('14:30');
  });

  it('reads ordinal and capitalised dates from report headers (mirrors "18TH NOVEMBER 2020")', () => {
    expect(parseUkDate('3RD FEBRUARY 2031')).toBe('2031-02-03');
    expect(parseUkDate('the 21st of June, 2029')).toBe('2029-06-21');
    expect(parseUkDate('Date: 04/08/2030')).toBe('2030-08-04');
  });

  it('refuses dates that do not exist rather than guessing', () => {
    expect(parseUkDate('31 February 2030')).toBeNull();
    expect(parseUkDate('16th March')).toBeNull();
  });

  it('reads morning, afternoon and noon times', () => {
    expect(parseUkTime('10.00am')).toBe('10:00');
    expect(parseUkTime('at 12.15 p.m.')).toBe('12:15');
    expect(parseUkTime('starting at noon')).toBe('12:00');
    expect(parseUkTime('18:45')).toBe('18:45');
  });

  it('reads the time span printed at the end of minutes (mirrors "2.00 - 2.55 pm")', () => {
    expect(parseTimeSpan('1.30 - 3.05 pm')).toEqual({ start: '13:30', end: '15:05' });
    expect(parseTimeSpan('10.00 am – 12.40 pm')).toEqual({ start: '10:00', end: '12:40' });
    expect(parseTimeSpan('11.00 - 1.15 pm')).toEqual({ start: '11:00', end: '13:15' });
    expect(parseTimeSpan('The meeting closed at 3pm')).toBeNull();
  });
});
