// Figures given in the sentences of minutes and appendices, in the many ways councils word them,
// each with the period the sentence gives or, failing that, the report's own quarter. The
// sentences here are written by us.
import { narrativePeriod, parsePeriod } from '../../shared/periods';
import { readSentences } from '../../shared/readers/indicators/narrative';

const report = parsePeriod('Q3 2024/25');
const read = (text: string) =>
  readSentences(text, { loose: true }).map((statement) => ({
    subject: statement.subject,
    values: statement.values.map((value) => [
      narrativePeriod(value.periodLabel, report)?.key ?? null,
      value.value,
      value.count,
    ]),
  }));

describe('figures in sentences', () => {
  it('reads the indicator named in quotes, the count and the percentage, and an earlier quarter', () => {
    expect(
      read(
        "The percentage of 'repairs completed within 28 days' was 1,791 (92.4%) in quarter 3, compared with 90.1% in quarter 2.",
      ),
    ).toEqual([
      {
        subject: 'percentage of repairs completed within 28 days',
        values: [
          ['2024-25-Q3', 92.4, 1791],
          ['2024-25-Q2', 90.1, null],
        ],
      },
    ]);
  });

  it('reads a plainly named measure, with the quarter in words or the report’s own', () => {
    expect(read('Library visits totalled 52,310 in the third quarter.')).toEqual([
      { subject: 'Library visits', values: [['2024-25-Q3', 52310, null]] },
    ]);
    expect(read('Staff turnover stands at 11.2%.')).toEqual([
      { subject: 'Staff turnover', values: [['2024-25-Q3', 11.2, null]] },
    ]);
  });

  it('reads "there were" counts with a quarter-end snapshot standing for its quarter', () => {
    expect(
      read(
        'At the end of December 2024 there were 412 households in temporary accommodation, compared with 398 at the end of September.',
      ),
    ).toEqual([
      {
        subject: 'households in temporary accommodation',
        values: [
          ['2024-25-Q3', 412, null],
          ['2024-25-Q2', 398, null],
        ],
      },
    ]);
  });

  it('reads an indicator introduced by its reference code, and the figure in the next sentence', () => {
    expect(
      read(
        'HS.04, Keep void turnaround under 25 days, was discussed and officers reported an average turnaround of 27.5 days. This compared with 30.2 days in Quarter 2.',
      ),
    ).toEqual([]);
    expect(
      read(
        'HS.04, Keep void turnaround under 25 days, remained off track, with a turnaround rate of 27.5% this quarter. This compared with 30.2% in Quarter 2.',
      ),
    ).toEqual([
      {
        subject: 'HS.04 Keep void turnaround under 25 days',
        values: [
          ['2024-25-Q3', 27.5, null],
          ['2024-25-Q2', 30.2, null],
        ],
      },
    ]);
  });

  it('reads a share of a count and the same point last year', () => {
    expect(
      read(
        'The contact centre answered 87.2% of calls in the quarter. Business rates collection stood at 81.0% at the end of December, behind the 82.5% collected at the same point last year.',
      ),
    ).toEqual([
      { subject: 'calls', values: [['2024-25-Q3', 87.2, null]] },
      {
        subject: 'Business rates collection',
        values: [
          ['2024-25-Q3', 81, null],
          ['2023-24-Q3', 82.5, null],
        ],
      },
    ]);
  });

  it('does not take a sentence about people or a duration as a measure', () => {
    expect(
      read(
        'Members asked why 14 complaints were upheld. The average wait was 1 minute 42 seconds.',
      ),
    ).toEqual([]);
  });
});
