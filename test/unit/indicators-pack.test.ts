// How a parsed pack's indicators are gathered: the performance report's period from its title,
// every dashboard's rows with exact lines, and narrative sentences linked to the rows they quote.
import {
  readPackIndicators,
  reportPeriodOf,
} from '../../shared/readers/indicators/pack-indicators';
import type { OfficerReport, PackLine, ParsedPack } from '../../shared/agenda-pack';

const SOURCE = { page: 2, lineFrom: 1, pageTo: 2, lineTo: 1 };

const PERFORMANCE: OfficerReport = {
  title: 'Quarter 2 2030/31 Performance Report',
  committee: null,
  meetingDate: '2030-11-18',
  reportOf: null,
  agendaNumber: '8',
  officersToContact: [],
  appendices: [],
  source: SOURCE,
  paragraphs: [
    {
      number: '9',
      heading: null,
      text: 'The percentage of carers assessed within 28 days was 71.0% at the end of Quarter 2.',
      source: SOURCE,
    },
  ],
};

// Mirrors the narrow dashboard with a blank line between its sections (the parser drops gaps).
const TABLE_LINES = [
  '\tLatest update\tCurrent figure\tTarget\tStatus RAG',
  'Support carers\t\t\t\t',
  '',
  '% carers assessed within 28 days\tQ2\t71.0% (90)\t>80%\tR',
];

function pack(reports: OfficerReport[]): ParsedPack {
  return {
    meeting: null,
    meetingDate: '2030-11-18',
    agenda: [],
    minutesOf: [],
    reports,
    dashboards: [
      {
        title: 'Adult Services Dashboard',
        lines: TABLE_LINES.filter(Boolean),
        source: { page: 5, lineFrom: 20, pageTo: 5, lineTo: 23 },
      },
    ],
    unrecognised: [],
    warnings: [],
  };
}

const LINES: PackLine[] = TABLE_LINES.map((text, index) => ({ page: 5, line: 20 + index, text }));

describe('reading the indicators of a pack', () => {
  it('takes the report period from the performance report title, as printed', () => {
    expect(reportPeriodOf('Quarter 4 2021/22 Performance Report')).toBe('Quarter 4 2021/22');
    expect(readPackIndicators(pack([PERFORMANCE])).reportPeriodLabel).toBe('Quarter 2 2030/31');
  });

  it('reads bare periods against the report period when the dashboard title names none', () => {
    const { rows } = readPackIndicators(pack([PERFORMANCE]));
    expect(rows[0]?.values[0]?.periodLabel).toBe('Q2');
    expect(rows[0]?.periodContext).toBe('Quarter 2 2030/31');
  });

  it('finds the exact line of a row when the pack lines are given', () => {
    const withLines = readPackIndicators(pack([PERFORMANCE]), { lines: LINES });
    expect(withLines.rows[0]?.source).toEqual({ page: 5, lineFrom: 23, pageTo: 5, lineTo: 23 });
    const without = readPackIndicators(pack([PERFORMANCE]));
    expect(without.rows[0]?.source).toEqual({ page: 5, lineFrom: 20, pageTo: 5, lineTo: 23 });
  });

  it('links a narrative statement to the dashboard row it quotes', () => {
    const { rows, narrative } = readPackIndicators(pack([PERFORMANCE]));
    expect(narrative).toHaveLength(1);
    expect(rows[narrative[0]?.rowIndex ?? -1]?.name).toBe('% carers assessed within 28 days');
  });

  it('reads no narrative from reports that are not performance reports', () => {
    const other = { ...PERFORMANCE, title: 'Carers Strategy Update' };
    const result = readPackIndicators(pack([other]));
    expect(result.narrative).toEqual([]);
    expect(result.reportPeriodLabel).toBeNull();
  });
});
