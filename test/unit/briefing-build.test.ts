// The pure briefing builder on a small meeting written for the test (a council performance item
// with two indicators, a procedural item, one member question and one earlier action): what goes
// in, in which order, and the source each passage and figure carries.
import { buildBriefing, type BriefingInput } from '../../shared/briefing/build-briefing';
import { layoutBriefing } from '../../shared/briefing/layout';
import type { IndicatorSeries } from '../../shared/indicator-series';

const src = (page: number, line: number | null = null) => ({
  documentId: 1,
  page,
  lineFrom: line,
  lineTo: line,
});

const series = (id: number, name: string, values: (number | null)[]): IndicatorSeries => ({
  indicator: { id, name, polarity: 'high', unit: '%', cumulative: false },
  points: values.map((value, index) => ({
    periodKey: `2026-27-Q${index + 1}`,
    period: `Q${index + 1} 2026/27`,
    start: '2026-04-01',
    end: '2026-06-30',
    value,
    valueText: null,
    count: null,
    target: { op: '>', value: 90 },
    rag: value !== null && value < 90 ? 'red' : 'green',
    quartile: null,
    neighbourAverage: null,
    statedTrend: null,
    statedChange: null,
    sources: [
      {
        documentId: 1,
        fileName: 'pack.pdf',
        page: 20 + index,
        lineFrom: null,
        lineTo: null,
        kind: 'table',
        meetingDate: '2027-01-12',
      },
    ],
    statements: [],
    restatements: [],
  })),
});

function input(overrides: Partial<BriefingInput> = {}): BriefingInput {
  return {
    meeting: {
      id: 1,
      committee: 'Place Scrutiny Panel',
      date: '2027-01-12',
      time: '18:30',
      location: 'Committee Room 2, Civic Centre',
      status: 'scheduled',
      contact: null,
      membership: [],
      source: src(1),
      agenda: [
        {
          id: 11,
          number: '1',
          title: 'Apologies for absence',
          reportBy: null,
          pages: null,
          reportId: null,
          source: src(2),
        },
        {
          id: 12,
          number: '5',
          title: 'Quarter 2 performance report',
          reportBy: 'Director of Place',
          pages: { from: 12, to: 24 },
          reportId: 3,
          source: src(2),
        },
      ],
      attendance: { chair: null, present: [], inAttendance: [], apologies: [] },
      minutes: [],
      reports: [
        {
          id: 3,
          title: 'Quarter 2 performance report',
          agendaNumber: '5',
          reportOf: 'Director of Place',
          source: src(12),
          paragraphs: [
            {
              id: 31,
              number: '1',
              heading: 'Purpose of the report',
              text: 'To show the panel how services performed.',
              source: src(12, 4),
            },
            {
              id: 32,
              number: '2',
              heading: 'Recommendation',
              text: 'That the panel notes the figures.',
              source: src(12, 9),
            },
            {
              id: 33,
              number: '3',
              heading: 'Background',
              text: 'Bins were collected late in August.',
              source: src(13, 2),
            },
          ],
        },
      ],
      sources: [
        {
          documentId: 1,
          file: 'pack.pdf',
          sha256: 'a'.repeat(64),
          format: 'pdf',
          pages: 40,
          importedAt: '2027-01-02T09:00:00Z',
        },
      ],
    },
    council: 'Northwold Borough Council',
    memberName: 'Cllr R. Patel',
    items: null,
    workspace: {
      questions: [
        {
          id: 1,
          uid: 'u1',
          text: 'When will collections be back on time?',
          status: 'ready',
          answer: null,
          note: null,
          priority: 0,
          meetingId: 1,
          anchor: {
            kind: 'paragraph',
            agendaNumber: '5',
            paragraph: '3',
            quote: 'collected late in August',
            agendaItemId: 12,
            paragraphId: 33,
            minuteId: null,
            resolutionId: null,
            indicatorId: null,
            periodKey: null,
            changed: false,
          },
          carriedFrom: null,
          carriedTo: null,
          createdAt: '2027-01-03T10:00:00Z',
          updatedAt: '2027-01-03T10:00:00Z',
        },
      ],
      notes: [],
    },
    actions: [],
    exceptions: [
      {
        rule: 'missed-target',
        indicator: { id: 7, name: 'Bins collected on time' },
        period: 'Q2 2026/27',
        periodKey: '2026-27-Q2',
        periodStart: '2026-07-01',
        message: 'Bins collected on time was 80% against a target above 90%. Why?',
        evidence: [],
      },
    ],
    indicatorItems: [
      { indicatorId: 6, agendaItemId: 12 },
      { indicatorId: 7, agendaItemId: 12 },
    ],
    series: [series(6, 'Streets clean', [95, 96]), series(7, 'Bins collected on time', [92, 80])],
    documents: [
      {
        documentId: 1,
        file: 'pack.pdf',
        sha256: 'a'.repeat(64),
        meetingDate: '2027-01-12',
        importedAt: '2027-01-02T09:00:00Z',
        pages: 40,
      },
      {
        documentId: 2,
        file: 'unrelated.pdf',
        sha256: 'b'.repeat(64),
        meetingDate: '2026-10-01',
        importedAt: '2027-01-02T09:00:00Z',
        pages: 8,
      },
    ],
    preparedOn: '2027-01-10',
    ...overrides,
  };
}

describe('building a briefing from the store’s facts', () => {
  it('covers the items with substance and lists procedural business apart', () => {
    const briefing = buildBriefing(input());
    expect(briefing.items.map((item) => item.title)).toEqual(['Quarter 2 performance report']);
    expect(briefing.cover.otherBusiness).toEqual(['1. Apologies for absence']);
    expect(briefing.cover).toMatchObject({
      council: 'Northwold Borough Council',
      member: 'Cllr R. Patel',
      dateText: '12 January 2027',
    });
  });

  it('keeps the purpose and recommendations as printed, each with its page', () => {
    const [item] = buildBriefing(input()).items;
    expect(item!.purpose).toEqual([
      {
        number: '1',
        text: 'To show the panel how services performed.',
        citation: { documentId: 1, file: 'pack.pdf', page: 12, lineFrom: 4, lineTo: 4 },
      },
    ]);
    expect(item!.recommendations.map((p) => p.text)).toEqual(['That the panel notes the figures.']);
  });

  it('puts the member’s question under its item with the quoted words and their page', () => {
    const [item] = buildBriefing(input()).items;
    expect(item!.memberWork).toEqual([
      expect.objectContaining({
        text: 'When will collections be back on time?',
        quote: {
          text: 'collected late in August',
          citation: expect.objectContaining({ page: 13, lineFrom: 2 }),
        },
      }),
    ]);
  });

  it('charts indicators with exceptions first and tabulates the rest', () => {
    const [item] = buildBriefing(input()).items;
    expect(item!.indicators.map((indicator) => indicator.name)).toEqual(['Bins collected on time']);
    expect(item!.indicators[0]!.questions[0]!.question).toMatch(/Why\?$/);
    expect(item!.indicators[0]!.chart.description).toBe(
      'Bins collected on time, Q1 2026/27 to Q2 2026/27: Q1 2026/27 92%; Q2 2026/27 80%. Latest target above 90%, RAG red.',
    );
    expect(item!.otherIndicators.map((row) => row.name)).toEqual(['Streets clean']);
    expect(item!.otherIndicators[0]!.citation).toMatchObject({ page: 21 });
  });

  it('lists only the documents it cites in the appendix of sources', () => {
    expect(buildBriefing(input()).sources.map((source) => source.file)).toEqual(['pack.pdf']);
  });

  it('writes only the items the member chose, even procedural ones', () => {
    const briefing = buildBriefing(input({ items: ['1'] }));
    expect(briefing.items.map((item) => item.number)).toEqual(['1']);
    expect(briefing.cover.otherBusiness).toEqual(['5. Quarter 2 performance report']);
  });

  it('lays the briefing out with a source under every printed passage', () => {
    const { blocks } = layoutBriefing(buildBriefing(input()));
    const quotes = blocks.filter((block) => block.type === 'quote');
    expect(quotes.length).toBe(3);
    expect(
      quotes.every(
        (block) => block.type === 'quote' && /^pack\.pdf, p\. \d+/.test(block.source ?? ''),
      ),
    ).toBe(true);
    expect(blocks.filter((block) => block.type === 'chart')).toHaveLength(1);
  });
});
