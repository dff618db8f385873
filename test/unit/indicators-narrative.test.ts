// How figures quoted in a performance report's sentences are read: only a measure, a verb such as
// "was" and a figure make a statement; later figures need a named period to be kept.
import { readNarrative } from '../../shared/readers/indicators/narrative';
import type { OfficerReport } from '../../shared/agenda-pack';

const SOURCE = { page: 3, lineFrom: 10, pageTo: 3, lineTo: 10 };

function report(...texts: string[]): OfficerReport {
  return {
    title: 'Quarter 2 2030/31 Performance Report',
    committee: null,
    meetingDate: null,
    reportOf: null,
    agendaNumber: null,
    officersToContact: [],
    appendices: [],
    source: SOURCE,
    paragraphs: texts.map((text, index) => ({
      number: String(index + 7),
      heading: null,
      text,
      source: { ...SOURCE, lineFrom: 10 + index, lineTo: 10 + index },
    })),
  };
}

describe('reading indicator values from narrative', () => {
  it('reads the latest and the previous quarter from one sentence', () => {
    // Mirrors the quarter 4 2021/22 report's "was … at the end of Quarter 4 compared to … at the
    // end of the previous quarter" sentences.
    const [statement] = readNarrative(
      report(
        'The percentage of repeat safeguarding enquiries within 12 months was 15.0% at the end of Quarter 2 compared to 14.2% at the end of the previous quarter, with 61 adults involved.',
      ),
    );
    expect(statement?.subject).toBe('percentage of repeat safeguarding enquiries within 12 months');
    expect(statement?.values.map((value) => [value.periodLabel, value.value])).toEqual([
      ['Quarter 2', 15],
      ['previous quarter', 14.2],
    ]);
    expect(statement?.paragraph).toBe('7');
    expect(statement?.source.lineFrom).toBe(10);
  });

  it('reads a count in brackets and a value for the earlier quarter in the next sentence', () => {
    // Mirrors the quarter 2 2020/21 report: "was 94.6% in quarter 2 (1016 children). This is
    // similar to quarter 1 (94.9%)".
    const [statement] = readNarrative(
      report(
        "The number of 'enquiries concluded within 28 days' was 84.4% in quarter 2 (344 adults). This is similar to quarter 1 (81.0%) and remains in the top quartile.",
      ),
    );
    expect(statement?.subject).toBe('number of enquiries concluded within 28 days');
    expect(statement?.values).toEqual([
      expect.objectContaining({ periodLabel: 'quarter 2', value: 84.4, count: 344 }),
      expect.objectContaining({ periodLabel: 'quarter 1', value: 81, count: null }),
    ]);
  });

  it('does not take a change ("a rise of 1.3%") or a count of people for a value', () => {
    const [statement] = readNarrative(
      report(
        'The percentage of carers assessed was 40.2% in quarter 2 (402), a rise of 1.3% compared to quarter 1. This represents 402 carers compared to 388 in the previous quarter.',
      ),
    );
    expect(statement?.values).toHaveLength(1);
    expect(statement?.values[0]).toMatchObject({ value: 40.2, count: 402 });
  });

  it('reads "decreased by … to …" as the new figure', () => {
    const [statement] = readNarrative(
      report(
        'The percentage of second plans decreased by 1.1% to 25.3% in quarter 2 (49 children).',
      ),
    );
    expect(statement?.values[0]).toMatchObject({
      value: 25.3,
      periodLabel: 'quarter 2',
      count: 49,
    });
  });

  it('takes the period named inside the subject', () => {
    // Mirrors the youth justice sentences reported in arrears.
    const statements = readNarrative(
      report(
        "The Q1 2030/31 figure (latest available) for 'first time entrants aged 10-17' was 21.",
        'The rate of reoffending for quarter 4 2029/30 (latest available) was 0.76 offences per offender.',
      ),
    );
    expect(
      statements.map((statement) => [statement.subject, statement.values[0]?.periodLabel]),
    ).toEqual([
      ['first time entrants aged 10-17', 'Q1 2030/31'],
      ['rate of reoffending', 'quarter 4 2029/30'],
    ]);
  });

  it('ignores sentences whose subject is not a measure', () => {
    expect(
      readNarrative(
        report(
          'Eight plans lasting two years or more were open at the end of Quarter 2.',
          'During quarter 2, the service worked with 3,855 adults.',
          'The regional figure was 3.6% and the national figure was 3.1%.',
        ),
      ),
    ).toEqual([]);
  });

  it('reads two statements in one paragraph separately', () => {
    const statements = readNarrative(
      report(
        'During the Spring term, the percentage of eligible three-year-olds taking up a place was 93.9% (7,018), a decrease on the previous term (95.8%). The percentage of eligible two-year-olds was 76.5% (1,239), a decline on the Autumn term (77.6%).',
      ),
    );
    expect(
      statements.map((statement) => statement.values.map((value) => value.periodLabel)),
    ).toEqual([
      ['Spring term', 'previous term'],
      [null, 'Autumn term'],
    ]);
  });
});
