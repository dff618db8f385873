// Packs converted page by page put a part's edge right on a page break, with no blank line between
// the foot of one page and the top of the next; each test puts one such pattern across a break.
import { blocksOf, normalisePages } from '../../shared/readers/lines';
import { parseMinutes } from '../../shared/readers/minutes';
import { parsePack } from '../../shared/readers/pack';
import { parseReport } from '../../shared/readers/reports';

const MINUTES_OPENING = `Minutes of a meeting of the Environment Scrutiny Panel held at Market House on Monday, 4 March 2030.

PRESENT

Cllr P. Woolley (in the Chair)
Cllr H. Pritchard`;

function minutesOf(pages: string[]) {
  const lines = normalisePages(pages);
  return parseMinutes(lines, 0, lines.length);
}

describe('a minute heading at a page break', () => {
  // Mirrors a page that ends inside a lettered RESOLVED block, the next minute opening the next page.
  const pages = [
    `${MINUTES_OPENING}

40. Flood Defence Works.

The Panel considered progress on the river wall.

RESOLVED:

(a) That the update be noted;

(b) That the Head of Drainage be asked to report on costs in June.`,
    `41. Street Lighting.

The Panel heard that lantern replacement was half complete.

RESOLVED:

That the progress be noted.

42. Any other business.

None was raised.`,
  ];

  it('starts a new minute at the top of a page instead of reading it as another resolution', () => {
    const { minutesOf: minutes, warnings } = minutesOf(pages);
    expect(minutes.minutes.map((minute) => minute.number)).toEqual(['40', '41', '42']);
    expect(warnings).toEqual([]);
  });

  it('leaves the lettered resolutions with the minute they belong to', () => {
    const [flood, lighting] = minutesOf(pages).minutesOf.minutes;
    expect(flood?.resolutions.map((resolution) => [resolution.label, resolution.kind])).toEqual([
      ['a', 'noting'],
      ['b', 'request'],
    ]);
    expect(lighting?.title).toBe('Street Lighting');
    expect(lighting?.resolutions.map((resolution) => resolution.kind)).toEqual(['noting']);
    expect(lighting?.source).toMatchObject({ page: 2, lineFrom: 1 });
  });

  it('starts a new minute printed straight after the resolution, with no blank line (mirrors a squeezed page)', () => {
    const squeezed = [
      `${MINUTES_OPENING}

40. Flood Defence Works.

RESOLVED:

That the update be noted.
41. Street Lighting.
The Panel heard that lantern replacement was half complete.`,
    ];
    const minutes = minutesOf(squeezed).minutesOf.minutes;
    expect(minutes.map((minute) => minute.number)).toEqual(['40', '41']);
    expect(minutes[0]?.resolutions.map((resolution) => resolution.text)).toEqual([
      'That the update be noted.',
    ]);
    expect(minutes[1]?.body).toMatch(/^The Panel heard/);
  });

  it('does not split a minute at a number that is not the next one (mirrors a figure starting a line)', () => {
    const figures = [
      `${MINUTES_OPENING}

40. Flood Defence Works.

The Panel heard that the scheme had protected homes.
120. Properties were still at risk.`,
    ];
    const minutes = minutesOf(figures).minutesOf.minutes;
    expect(minutes.map((minute) => minute.number)).toEqual(['40']);
  });
});

describe('the closing of the minutes at the foot of a page', () => {
  it('reads the time span as the meeting end and keeps the signature with the minutes', () => {
    const pages = [
      `${MINUTES_OPENING}

40. Flood Defence Works.

RESOLVED:

That the update be noted.
6.30 - 8.05 pm
4 March 2030
CHAIRMAN`,
      'PLACE OVERVIEW BOARD',
    ];
    const { minutesOf: minutes } = minutesOf(pages);
    expect(minutes.startTime).toBe('18:30');
    expect(minutes.endTime).toBe('20:05');
    expect(minutes.minutes[0]?.resolutions).toHaveLength(1);
    expect(minutes.source).toMatchObject({ pageTo: 1, lineTo: 15 });
  });
});

describe('a report that starts at the top of the page after the minutes', () => {
  // Mirrors minutes closing with a time span, their date and CHAIRMAN, the next page opening a
  // report header for the current meeting.
  const pages = [
    `Meeting: Environment Scrutiny Panel
Date/Time: Monday, 13 May 2030 at 6.30 pm

AGENDA

1. Minutes of the meeting held on 4 March 2030.
2. Bus Shelter Repairs.\tHead of Transport`,
    `${MINUTES_OPENING}

40. Flood Defence Works.

RESOLVED:

That the update be noted.

6.30 - 8.05 pm
4 March 2030
CHAIRMAN`,
    `ENVIRONMENT SCRUTINY PANEL

13 MAY 2030

BUS SHELTER REPAIRS

REPORT OF THE HEAD OF TRANSPORT

Purpose

1. To report on shelters damaged over the winter.`,
  ];
  const pack = parsePack({ pages });

  it('dates the report from its own header, not from the date that closes the minutes', () => {
    expect(pack.reports[0]).toMatchObject({
      committee: 'Environment Scrutiny Panel',
      meetingDate: '2030-05-13',
      title: 'Bus Shelter Repairs',
      agendaNumber: '2',
    });
    expect(pack.reports[0]?.source).toMatchObject({ page: 3, lineFrom: 1 });
    expect(pack.warnings).toEqual([]);
  });

  it('gives the closing block to the minutes rather than leaving it unrecognised', () => {
    expect(pack.minutesOf[0]?.endTime).toBe('20:05');
    expect(pack.minutesOf[0]?.source).toMatchObject({ pageTo: 2, lineTo: 16 });
    expect(pack.unrecognised).toEqual([]);
  });
});

describe('a report heading at the top of a page', () => {
  // Mirrors a section heading printed as the first line of a new page, straight after the last
  // paragraph of the section before.
  const header = `ENVIRONMENT SCRUTINY PANEL

13 MAY 2030

BUS SHELTER REPAIRS

REPORT OF THE HEAD OF TRANSPORT

Background

1. Storms in February damaged 37 shelters.

2. Glass panels have been replaced at 20 of them.`;

  it('puts the next paragraph under the heading, not under the one before the break', () => {
    const lines = normalisePages([
      header,
      'Next Steps\n\n3. The remaining shelters will be fixed by July.',
    ]);
    const report = parseReport(lines, 0, lines.length);
    expect(report.paragraphs.map((paragraph) => [paragraph.number, paragraph.heading])).toEqual([
      ['1', 'Background'],
      ['2', 'Background'],
      ['3', 'Next Steps'],
    ]);
    expect(report.paragraphs[1]?.text).toBe('Glass panels have been replaced at 20 of them.');
  });

  it('keeps a heading that opens several pages and introduces a numbered paragraph each time', () => {
    const page = (number: number) =>
      `${number * 2 - 1}. The works in ward ${number} are under way.\nRecommendation\n${number * 2}. The Panel is asked to note ward ${number}.`;
    const texts = normalisePages([page(1), page(2), page(3), page(4)])
      .map((line) => line.text)
      .filter((text) => text !== '');
    expect(texts.filter((text) => text === 'Recommendation')).toHaveLength(4);
    expect(texts).toHaveLength(12);
  });
});

describe('grouping lines into blocks across a page break', () => {
  it('ends a block at a page break even without a blank line', () => {
    const lines = normalisePages(['2. Glass panels were replaced.', 'Next Steps\n3. More to do.']);
    expect(blocksOf(lines).map((block) => block.text)).toEqual([
      '2. Glass panels were replaced.',
      'Next Steps',
      '3. More to do.',
    ]);
  });

  it('still joins a sentence that carries on over the page break', () => {
    const lines = normalisePages(['2. Glass panels were replaced at', 'twenty shelters.']);
    expect(blocksOf(lines).map((block) => block.text)).toEqual([
      '2. Glass panels were replaced at twenty shelters.',
    ]);
  });
});
