// How the minutes of a previous meeting are read: attendance, numbered minutes, what was resolved.
import { normalisePages } from '../../shared/readers/lines';
import { parseMinutes } from '../../shared/readers/minutes';

// Mirrors minutes with a PRESENT list, "In Attendance", a question time minute, a discussion
// minute with i), ii) points, lettered resolutions and the closing time span.
const MINUTES = `Minutes of a meeting of the Adult Care Scrutiny Panel held at Shire Hall, Ambridge on Thursday, 7 November 2030.

PRESENT

Mrs. A. Archer CC (in the Chair)

Mr. B. Grundy CC\tMs. C. Snell

In Attendance

Mr. F. Pargetter CC – Cabinet Lead Member for Adults
Mrs. G. Tucker CC (Remotely) – For Agenda Item 6

21. Minutes.

The minutes of the meeting held on 2 September 2030 were taken as read and signed.

22. Question Time.

Question asked by Mr Tom Forrest

"How many residents are waiting for a care assessment?"

Reply by the Chairman

There were 312 people waiting at the end of September.

Supplementary Question:

Mr Forrest asked whether the figure included hospital discharges.

At the invitation of the Chairman, the Director replied that it did not.

23. Declarations of interest.

Ms. C. Snell CC declared a non-registerable interest in item 25 as a trustee of a local carers charity.

24. Day Opportunities Review.

The Panel considered a report of the Director of Adults and Communities. A copy of the report marked 'Agenda Item 8' is filed with these minutes.

Arising from the discussion, the following points were made:

Transport
- i) Members asked about journey times to the new centres. The Director said that route data would be circulated to members after the meeting.
- ii) A member asked whether charges would rise and was told that the service was

reviewing charges for next year.

RESOLVED:

- (a) That the report be noted;
- (b) That the Director be requested to report back on take-up in six months;
- (c) That the Panel recommends to Cabinet that the consultation be extended.

25. Carers Support.

RESOLVED:

26. Date of next meeting.

RESOLVED:

It was noted that the next meeting would be held on 3 March 2031 at 10.00am.

10.00 am - 12.20 pm
07 November 2030

CHAIRMAN`;

describe('reading minutes of a previous meeting', () => {
  const lines = normalisePages([MINUTES]);
  const { minutesOf, warnings } = parseMinutes(lines, 0, lines.length);

  it('reads which meeting the minutes record and where it was held', () => {
    expect(minutesOf.date).toBe('2030-11-07');
    expect(minutesOf.location).toBe('Shire Hall, Ambridge');
    expect(minutesOf.committee).toBe('Adult Care Scrutiny Panel');
    expect(minutesOf.endTime).toBe('12:20');
  });

  it('lists those present with the chair included, and those in attendance with their roles', () => {
    expect(minutesOf.attendance.chair).toBe('Mrs. A. Archer CC');
    expect(minutesOf.attendance.present).toEqual([
      'Mrs. A. Archer CC',
      'Mr. B. Grundy CC',
      'Ms. C. Snell',
    ]);
    expect(minutesOf.attendance.inAttendance).toEqual([
      { name: 'Mr. F. Pargetter CC', role: 'Cabinet Lead Member for Adults' },
      { name: 'Mrs. G. Tucker CC', role: 'For Agenda Item 6 (Remotely)' },
    ]);
  });

  it('numbers minutes as printed, continuing the council year', () => {
    expect(minutesOf.minutes.map((minute) => minute.number)).toEqual([
      '21',
      '22',
      '23',
      '24',
      '25',
      '26',
    ]);
    expect(minutesOf.minutes[3]?.title).toBe('Day Opportunities Review');
  });

  it('keeps lettered resolutions (a), (b) and (c) apart and says what kind each is', () => {
    const resolved = minutesOf.minutes[3]?.resolutions.filter((resolution) => resolution.label);
    expect(resolved?.map((resolution) => [resolution.label, resolution.kind])).toEqual([
      ['a', 'noting'],
      ['b', 'request'],
      ['c', 'recommendation'],
    ]);
    expect(resolved?.[0]?.text).toBe('That the report be noted;');
  });

  it('reads discussion points i), ii) and joins one broken by a page break', () => {
    const points = minutesOf.minutes[3]?.discussionPoints ?? [];
    expect(points).toHaveLength(2);
    expect(points[1]).toBe(
      'A member asked whether charges would rise and was told that the service was reviewing charges for next year.',
    );
  });

  it('records a commitment made in passing as an unlabelled commitment', () => {
    const commitments = minutesOf.minutes[3]?.resolutions.filter(
      (resolution) => resolution.kind === 'commitment',
    );
    expect(commitments?.map((commitment) => commitment.text)).toEqual([
      'The Director said that route data would be circulated to members after the meeting.',
    ]);
    expect(commitments?.[0]?.label).toBeNull();
  });

  it('reads a public question with its reply and supplementary', () => {
    const [question] = minutesOf.minutes[1]?.questions ?? [];
    expect(question).toMatchObject({
      kind: 'public',
      asker: 'Mr Tom Forrest',
      question: '"How many residents are waiting for a care assessment?"',
      reply: 'There were 312 people waiting at the end of September.',
      supplementary: 'Mr Forrest asked whether the figure included hospital discharges.',
      supplementaryReply:
        'At the invitation of the Chairman, the Director replied that it did not.',
    });
  });

  it('collects declarations of interest', () => {
    expect(minutesOf.minutes[2]?.declarations).toEqual([
      'Ms. C. Snell CC declared a non-registerable interest in item 25 as a trustee of a local carers charity.',
    ]);
  });

  it('warns when a RESOLVED heading has no resolution under it', () => {
    expect(warnings).toEqual(['minute 25 has a RESOLVED heading but no resolution text']);
    expect(minutesOf.minutes[5]?.resolutions[0]?.kind).toBe('noting');
  });

  it('finds the chair from a later "in the Chair" line when PRESENT does not mark one', () => {
    const text = `Minutes of a meeting of the Panel held at Shire Hall on 1 June 2031.\n\nPRESENT\n\nMr. B. Grundy CC\tMrs. A. J. Archer CC\n\n1. Appointment of Chairman.\n\nRESOLVED:\n\nThat Mrs. A. Archer CC be appointed.\n\nMrs. A. Archer CC – in the Chair`;
    const plain = normalisePages([text]);
    const parsed = parseMinutes(plain, 0, plain.length).minutesOf;
    expect(parsed.attendance.chair).toBe('Mrs. A. J. Archer CC');
    expect(parsed.minutes[0]?.resolutions).toHaveLength(1);
  });
});
