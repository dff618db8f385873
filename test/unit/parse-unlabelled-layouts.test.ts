// Packs that print their parts with no labels and no blank lines (how district councils' Word
// templates come out of PDF extraction): the parts must still be found by what they say.
import { parsePack } from '../../shared/readers/pack';

/**
 * Mirrors a district council front sheet with no "Date:" or "Venue:" labels: council, committee,
 * date and time, venue, then a "Councillors:" list, and the agenda under it with no heading at all.
 */
const unlabelledFrontSheet = [
  'Eastcliffe District Council',
  'Community Scrutiny Panel',
  'Wednesday 4 March 2026 at 7.00 pm',
  'The Guildhall, Market Place, Eastcliffe',
  'Councillors: P. Ashdown (Chairman), F. Castle, R. Dyson & K. Eames',
  '1. Apologies for Absence',
  '2. Minutes',
  '3. Leisure Centre Usage 3 - 8',
].join('\n');

/** Mirrors minutes numbered "minute/year" with a sentence-case "Resolved:" and lettered parts. */
const numberSlashYearMinutes = [
  'Minutes of the meeting of the Community Scrutiny Panel held on 21 January 2026',
  'Present: Councillors P. Ashdown (Chairman), F. Castle and R. Dyson',
  '12/26 Minutes',
  'Resolved: That the minutes of 3 December 2025 be approved.',
  '13/26 Leisure Centre Usage',
  'Members discussed falling swim numbers at the Eastcliffe pool.',
  'The Head of Leisure agreed to provide figures by site.',
  'Resolved:',
  '(a) That the update be noted.',
  '(b) That the Head of Leisure be asked to report on pricing in June.',
  'Chairman',
].join('\n');

/**
 * Mirrors a report whose header is printed in capitals on separate lines (council, committee, date,
 * "REPORT OF", title) with numbered headings and sub-numbered paragraphs.
 */
const capitalsReport = [
  'EASTCLIFFE DISTRICT COUNCIL',
  'COMMUNITY SCRUTINY PANEL',
  '4 MARCH 2026',
  'REPORT OF THE HEAD OF LEISURE',
  'LEISURE CENTRE USAGE',
  '1. Purpose',
  '1.1 To update the panel on visits to the three leisure centres.',
  '2. Recommendation',
  '2.1 That the panel notes the visit figures.',
].join('\n');

describe('a front sheet with no labels, followed by an agenda with no heading', () => {
  const pack = parsePack({ pages: [unlabelledFrontSheet] });

  it('takes the date, time and venue from the lines under the committee name', () => {
    expect(pack.meetingDate).toBe('2026-03-04');
    expect(pack.meeting?.time).toBe('19:00');
    expect(pack.meeting?.committee).toBe('Community Scrutiny Panel');
    expect(pack.meeting?.location).toBe('The Guildhall, Market Place, Eastcliffe');
  });

  it('reads a "Councillors:" list joined by commas and "&", marking the chairman', () => {
    expect(pack.meeting?.membership).toEqual(['P. Ashdown', 'F. Castle', 'R. Dyson', 'K. Eames']);
    expect(pack.meeting?.chair).toBe('P. Ashdown');
  });

  it('finds the agenda by its first two numbered items', () => {
    expect(pack.agenda.map((item) => item.title)).toEqual([
      'Apologies for Absence',
      'Minutes',
      'Leisure Centre Usage',
    ]);
    expect(pack.agenda[2]?.pages).toEqual({ from: 3, to: 8 });
  });
});

describe('minutes numbered "12/26" with sentence-case "Resolved:"', () => {
  const minutesOf = parsePack({ pages: [unlabelledFrontSheet, numberSlashYearMinutes] })
    .minutesOf[0];

  it('keeps each minute number as printed', () => {
    expect(minutesOf?.minutes.map((minute) => [minute.number, minute.title])).toEqual([
      ['12/26', 'Minutes'],
      ['13/26', 'Leisure Centre Usage'],
    ]);
  });

  it('reads lettered resolutions under "Resolved:" and the commitment made in passing', () => {
    const resolutions = minutesOf?.minutes[1]?.resolutions ?? [];
    expect(resolutions.map((resolution) => [resolution.label, resolution.kind])).toEqual([
      ['a', 'noting'],
      ['b', 'request'],
      [null, 'commitment'],
    ]);
  });

  it('reads the chairman from a "Present: Councillors … (Chairman)" list', () => {
    expect(minutesOf?.attendance.chair).toBe('P. Ashdown');
    expect(minutesOf?.attendance.present).toEqual(['P. Ashdown', 'F. Castle', 'R. Dyson']);
  });
});

describe('a report header printed in capitals on separate lines', () => {
  const pack = parsePack({ pages: [unlabelledFrontSheet, capitalsReport] });
  const report = pack.reports[0];

  it('reads the committee, date, report of and title, and matches the agenda item', () => {
    expect(report?.committee).toBe('Community Scrutiny Panel');
    expect(report?.meetingDate).toBe('2026-03-04');
    expect(report?.reportOf).toBe('Head of Leisure');
    expect(report?.title).toBe('Leisure Centre Usage');
    expect(report?.agendaNumber).toBe('3');
  });

  it('keeps the numbered headings as headings of the paragraphs under them', () => {
    expect(report?.paragraphs.map((paragraph) => [paragraph.number, paragraph.heading])).toEqual([
      ['1.1', 'Purpose'],
      ['2.1', 'Recommendation'],
    ]);
  });
});
