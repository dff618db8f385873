// Papers laid out the ways other councils print them (all text here written for these tests):
// printed-minutes sentences, prefixed and slash-year minute numbers, marked rolls, comma lists with
// roles and honours, decision formulas and committee verbs, summons letters and decision notices.
import { splitPages } from '../../shared/readers/lines';
import { parsePack } from '../../shared/readers/pack';
import { committeeKey, splitCouncil } from '../../shared/readers/committee-names';

const countsOf = (text: string) =>
  parsePack({ pages: splitPages(text) }).minutesOf.map((minutes) => ({
    committee: minutes.committee,
    date: minutes.date,
    present: minutes.attendance.present.length,
    minutes: minutes.minutes.map((minute) => [minute.number, minute.resolutions.length]),
  }));

describe('minutes printed with a "MINUTES of a meeting of …" sentence and prefixed numbers', () => {
  const text = `NORTHMOOR DISTRICT COUNCIL

MINUTES of a meeting of the Harbourside Overview Committee of the Northmoor District Council held in Room 4, Town Hall, on Tuesday 5th March 2030 at 1830 hours.

PRESENT:-

Members:-

Councillor Ada Pennock in the Chair

Councillors Bram Quayle, Cora Ridley, Dev Sharma and Eli Thorne.

Officers:- Fay Ulland (Monitoring Officer) and Gus Vale (Scrutiny Officer).

HOC12-29/30 APOLOGIES

Apologies for absence were received from Councillor Hal Wick.

HOC13-29/30 BEACH HUT CHARGES

The Committee considered a report on beach hut charges.

Moved by Councillor Bram Quayle and seconded by Councillor Cora Ridley
RESOLVED that (1) the report be noted,

(2) the charges be frozen for one year.

RECOMMENDED that (3) Cabinet reviews the waiting list.

HOC14-29/30 HARBOUR DREDGING

The Committee agreed:
1. to ask for a costed plan; and
2. that the Harbour Master attends the next meeting.
`;

  it('files the minutes under the committee without its council, on the meeting date', () => {
    const [minutes] = countsOf(text);
    expect(minutes).toMatchObject({
      committee: 'Harbourside Overview Committee',
      date: '2030-03-05',
    });
    expect(splitCouncil('Executive of the Northmoor District Council')).toEqual({
      committee: 'Executive',
      council: 'Northmoor District Council',
    });
  });

  it('counts the chair and the listed councillors present, not the officers', () => {
    expect(countsOf(text)[0]?.present).toBe(5);
  });

  it('reads prefixed minute numbers and counts resolved and recommended decisions together', () => {
    expect(countsOf(text)[0]?.minutes).toEqual([
      ['HOC12-29/30', 0],
      ['HOC13-29/30', 3],
      ['HOC14-29/30', 2],
    ]);
  });
});

describe('minutes with a marked roll, slash-year numbers and "[Item N]" references', () => {
  const text = `MINUTES of the meeting of the COASTAL COMMUNITIES SELECT COMMITTEE held at 10.00 am on 14 February 2030 at the Council Chamber.

These minutes are subject to confirmation by the Committee at its meeting on Thursday, 11 April 2030.

Elected Members:
(* = present at the meeting; r = attended remotely)

* Ina Yeo (Chairman)
* Jon Zhou (Vice-Chairman)
  Kit Abbot
r Lia Brand
* Max Cole

12/30 APOLOGIES FOR ABSENCE [Item 1]

Apologies were received from Kit Abbot.

13/30 FLOOD DEFENCES [Item 2]

Key points raised during the discussion:

1. A Member asked about the timetable.
2. The Director explained the funding position.

RESOLVED:

The Select Committee:
1. Notes the progress on the flood defence scheme; and
2. Recommends that the Cabinet Member reports back in June.

14/30 DATE OF THE NEXT MEETING [Item 3]

The Committee noted that its next meeting would be held on 11 April 2030.
`;

  it('counts only the members the roll marks present, remote attendance included', () => {
    expect(countsOf(text)[0]?.present).toBe(4);
  });

  it('keeps the numbered discussion points out of the decisions and counts the listed ones', () => {
    expect(countsOf(text)[0]?.minutes).toEqual([
      ['12/30', 0],
      ['13/30', 2],
      ['14/30', 0],
    ]);
  });
});

describe('a pack carrying the previous meeting, printed without a "Minutes of" sentence', () => {
  const text = `Strand Valley Council

Coastal Policy Committee

Tuesday, 3rd September, 2030

Dear Councillor,

You are requested to attend the meeting of the Coastal Policy Committee to be held in the Long Room on Thursday, 12th September, 2030 at 9.30 am.

AGENDA:

1. Routine Matters
(a) Apologies
(b) Minutes

2. Reports
(a) Dune Restoration (Pages 1 - 8)

This page is intentionally left blank

COASTAL POLICY COMMITTEE

Thursday, 8th August, 2030

Members present: Councillor Orr (Chairperson);
Aldermen Pike and Quinn; and
Councillors Rowe, Sand and Tait.

In attendance: Mr. U. Vance, Director of Place.

Apologies

An apology was reported from Councillor West.

Dune Restoration

The Committee noted the update.

Beach Cleaning

After discussion, the Committee:
- noted the report; and
- agreed to extend the contract.
`;
  const pack = parsePack({ pages: splitPages(text) });

  it('dates the new meeting from the summons, not from the letter', () => {
    expect(pack.meetingDate).toBe('2030-09-12');
  });

  it('reads lettered agenda items under their group headings, without the groups', () => {
    expect(pack.agenda.map((item) => [item.number, item.title])).toEqual([
      ['1a', 'Apologies'],
      ['1b', 'Minutes'],
      ['2a', 'Dune Restoration'],
    ]);
  });

  it('splits off the earlier meeting with unnumbered headings numbered by position', () => {
    expect(countsOf(text)).toEqual([
      {
        committee: 'COASTAL POLICY COMMITTEE',
        date: '2030-08-08',
        present: 6,
        minutes: [
          ['1', 0],
          ['2', 1],
          ['3', 2],
        ],
      },
    ]);
  });
});

describe('a published decisions notice', () => {
  const text = `Decisions published

02/10/2030 - PIER REPAIRS ref: 501    Approved

Find out more about this decision (item 7)

Decision Maker: The Cabinet

Made at meeting: 01/10/2030 - The Cabinet

Decision:

1. To approve the repairs.
2. To ask for a report on costs.

Lead officer: A Officer

25/09/2030 - MARINA FEES ref: 498    Approved

Find out more about this decision (item 4)

Made at meeting: 24/09/2030 - Harbour Board

Decision:

To accept the report.

Lead officer: B Officer
`;

  it('makes one meeting per date and body, each decision a minute under its item number', () => {
    expect(countsOf(text)).toEqual([
      { committee: 'Cabinet', date: '2030-10-01', present: 0, minutes: [['7', 2]] },
      { committee: 'Harbour Board', date: '2030-09-24', present: 0, minutes: [['4', 1]] },
    ]);
  });
});

describe('committee identity', () => {
  it('treats case, "&"/"and", a leading "The" and a trailing "Committee" as one body', () => {
    expect(committeeKey('The Children & Families Scrutiny Committee')).toBe(
      committeeKey('CHILDREN AND FAMILIES SCRUTINY'),
    );
    expect(committeeKey('Cabinet')).not.toBe(committeeKey('Cabinet Advisory Panel'));
  });
});
