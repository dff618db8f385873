// Packs laid out the way other English councils print them, not the way the seeds do: modern.gov
// front sheets and agendas, "Present:" minutes with coded minute numbers, labelled report headers.
import { parsePack } from '../../shared/readers/pack';

/**
 * Mirrors a modern.gov "Public Document Pack" as PDF extraction gives it: no blank lines, labelled
 * Date/Time/Venue, a comma list of councillors, items numbered with and without a dot, bare page
 * ranges at line end. Invented council and people.
 */
const modernGovFrontSheet = [
  'Public Document Pack',
  'Westmoor County Council',
  'Notice of Meeting',
  "Children's Services Scrutiny Committee",
  'Date: Tuesday 10 February 2026',
  'Time: 10.00 am',
  'Venue: Committee Room 2, County Hall, Westmoor',
  'Membership: Councillors H. Quayle (Chair), M. Ibbotson (Vice-Chair), S. Rowntree,',
  'T. Verity and D. Whitlock',
  'Contact: Gemma Lister, Democratic Services Officer Tel 01632 960555 Email gemma.lister@westmoor.example',
  'Agenda',
  '1. Apologies',
  '2 Declarations of Interest',
  '3. Minutes of the Previous Meeting (Pages 3 - 6)',
  'To confirm the minutes of the meeting held on 25 November 2025.',
  '4\tSchool Attendance and Exclusions\t7 - 14',
  "Report of the Director of Children's Services",
  '5. Work Programme 15 - 18',
].join('\n');

/**
 * Mirrors minutes printed by councils that code their minute numbers (committee/year/number) and
 * record attendance on labelled lines, with numbered resolutions under "RESOLVED that:".
 */
const codedMinutes = [
  "MINUTES of the meeting of the Children's Services Scrutiny Committee held on Tuesday,",
  '25 November 2025 at 10.00 am',
  'Present: Councillor H. Quayle (Chair), Councillors M. Ibbotson, S. Rowntree and',
  'T. Verity',
  "Also present: Councillor J. Kettlewell (Cabinet Member for Children's Services)",
  'Apologies: Councillor D. Whitlock',
  'CSC/25/44 Declarations of Interest',
  'There were no declarations of interest.',
  'CSC/25/45 Minutes',
  'RESOLVED – That the minutes of the meeting held on 14 October 2025 be confirmed as a correct record.',
  'CSC/25/46 Home to School Transport',
  'The Committee considered the report of the Director on the cost of transport.',
  'RESOLVED that:',
  '1. the report be noted;',
  '2. a further report be brought to the March meeting.',
  'The meeting ended at 12.15 pm.',
  'Chair',
].join('\n');

/**
 * Mirrors a report with a labelled header table ("Report to", "Date of meeting", "Wards affected",
 * "Key decision") and Word's hanging indents, which extraction turns into a TAB after "1.1".
 */
const labelledReport = [
  "Report to: Children's Services Scrutiny Committee",
  'Date of meeting: 10 February 2026',
  "Report of: Director of Children's Services",
  'Title: School Attendance and Exclusions',
  'Wards affected: All',
  'Key decision: No',
  '1. Purpose of the report',
  '1.1\tThis report sets out attendance and exclusion figures for the autumn term.',
  '2. Recommendations',
  '2.1\tThat the Committee notes the figures and comments on the actions proposed.',
  '3. Background',
  '3.1\tPersistent absence fell to 17.2% in the autumn term.',
].join('\n');

describe('a modern.gov pack printed without blank lines', () => {
  const pack = parsePack({ pages: [modernGovFrontSheet, codedMinutes, labelledReport] });

  it('reads the meeting from labelled Date, Time and Venue lines under a "Notice of Meeting"', () => {
    expect(pack.meetingDate).toBe('2026-02-10');
    expect(pack.meeting?.time).toBe('10:00');
    expect(pack.meeting?.committee).toBe("Children's Services Scrutiny Committee");
    expect(pack.meeting?.location).toBe('Committee Room 2, County Hall, Westmoor');
  });

  it('reads a comma list of councillors wrapped over two lines, marking the chair', () => {
    expect(pack.meeting?.membership).toEqual([
      'H. Quayle',
      'M. Ibbotson',
      'S. Rowntree',
      'T. Verity',
      'D. Whitlock',
    ]);
    expect(pack.meeting?.chair).toBe('H. Quayle');
  });

  it('reads the contact name, phone and email from one "Contact:" line', () => {
    expect(pack.meeting?.contact).toEqual({
      name: 'Gemma Lister',
      phone: '01632 960555',
      email: 'gemma.lister@westmoor.example',
    });
  });

  it('reads items numbered with or without a dot, titles without full stops and bare page ranges', () => {
    expect(pack.agenda.map((item) => [item.number, item.title, item.pages])).toEqual([
      ['1', 'Apologies', null],
      ['2', 'Declarations of Interest', null],
      ['3', 'Minutes of the Previous Meeting', { from: 3, to: 6 }],
      ['4', 'School Attendance and Exclusions', { from: 7, to: 14 }],
      ['5', 'Work Programme', { from: 15, to: 18 }],
    ]);
    expect(pack.agenda[2]?.note).toMatch(/^To confirm the minutes/);
    expect(pack.agenda[3]?.reportBy).toBe("Director of Children's Services");
  });
});

describe('minutes with coded minute numbers and labelled attendance', () => {
  const minutesOf = parsePack({ pages: [modernGovFrontSheet, codedMinutes] }).minutesOf[0];

  it('reads the meeting recorded from a heading wrapped over two lines', () => {
    expect(minutesOf?.date).toBe('2025-11-25');
    expect(minutesOf?.committee).toBe("Children's Services Scrutiny Committee");
  });

  it('keeps minute numbers as printed ("CSC/25/45") and in sequence', () => {
    expect(minutesOf?.minutes.map((minute) => minute.number)).toEqual([
      'CSC/25/44',
      'CSC/25/45',
      'CSC/25/46',
    ]);
    expect(minutesOf?.minutes[2]?.title).toBe('Home to School Transport');
  });

  it('reads "Present:", "Also present:" and "Apologies:" lines', () => {
    expect(minutesOf?.attendance).toEqual({
      chair: 'Councillor H. Quayle',
      present: ['Councillor H. Quayle', 'M. Ibbotson', 'S. Rowntree', 'T. Verity'],
      inAttendance: [
        { name: 'Councillor J. Kettlewell', role: "Cabinet Member for Children's Services" },
      ],
      apologies: ['Councillor D. Whitlock'],
    });
  });

  it('reads "RESOLVED – That" on one line and numbered resolutions after "RESOLVED that:"', () => {
    expect(minutesOf?.minutes[1]?.resolutions.map((resolution) => resolution.text)).toEqual([
      'That the minutes of the meeting held on 14 October 2025 be confirmed as a correct record.',
    ]);
    const numbered = minutesOf?.minutes[2]?.resolutions ?? [];
    expect(numbered.map((resolution) => [resolution.label, resolution.kind])).toEqual([
      ['1', 'noting'],
      ['2', 'request'],
    ]);
    expect(numbered[1]?.text).toBe('a further report be brought to the March meeting.');
  });

  it('takes the end time from "The meeting ended at" and the start from the heading', () => {
    expect(minutesOf?.startTime).toBe('10:00');
    expect(minutesOf?.endTime).toBe('12:15');
  });
});

describe('a report with a labelled header and hanging-indent paragraphs', () => {
  const pack = parsePack({ pages: [modernGovFrontSheet, labelledReport] });
  const report = pack.reports[0];

  it('reads title, report of and date from labels, skipping wards and key decision', () => {
    expect(pack.reports).toHaveLength(1);
    expect(report?.title).toBe('School Attendance and Exclusions');
    expect(report?.reportOf).toBe("Director of Children's Services");
    expect(report?.meetingDate).toBe('2026-02-10');
    expect(report?.agendaNumber).toBe('4');
  });

  it('reads "1.1<TAB>text" paragraphs under numbered headings such as "2. Recommendations"', () => {
    expect(report?.paragraphs.map((paragraph) => [paragraph.number, paragraph.heading])).toEqual([
      ['1.1', 'Purpose of the report'],
      ['2.1', 'Recommendations'],
      ['3.1', 'Background'],
    ]);
    expect(report?.paragraphs[2]?.text).toBe(
      'Persistent absence fell to 17.2% in the autumn term.',
    );
  });
});
