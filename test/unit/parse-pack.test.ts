// How a whole pack is put together: parts found in order, reports tied to agenda items, nothing lost.
import { splitPages } from '../../shared/readers/lines';
import { parsePack } from '../../shared/readers/pack';

// Mirrors a short pack: front sheet and agenda on page 1, minutes on page 2, a report with a
// dashboard table on page 3, and a page of guidance nobody parses.
const PACK = [
  `Meeting: Adult Care Scrutiny Panel
Date/Time: Thursday, 9 January 2031 at 10.00 am
Location: Shire Hall

AGENDA

1. Minutes of the meeting held on 7 November 2030.\t(Pages 2 - 2)
2. Home Care Recommissioning.\tDirector of Adults\t(Pages 3 - 3)`,
  `Minutes of a meeting of the Adult Care Scrutiny Panel held at Shire Hall on Thursday, 7 November 2030.

PRESENT

Mrs. A. Archer CC (in the Chair)

31. Minutes.

The minutes were confirmed.

32. Budget.

RESOLVED:

That the report be noted.`,
  `ADULT CARE SCRUTINY PANEL

9 JANUARY 2031

HOME CARE RECOMMISSIONING

REPORT OF THE DIRECTOR OF ADULTS

Purpose

1. To update the Panel.

Appendix

Home care dashboard

Measure\tQ1\tQ2\tTarget
Hours delivered\t1,200\t1,350\t>1,000
Unmet hours\t40\t55\t<50`,
  `TIPS FOR SCRUTINY
Ask open questions.`,
];

describe('parsing a whole pack', () => {
  const pack = parsePack({ pages: PACK });

  it('files the pack against its meeting', () => {
    expect(pack.meeting?.committee).toBe('Adult Care Scrutiny Panel');
    expect(pack.meetingDate).toBe('2031-01-09');
    expect(pack.agenda).toHaveLength(2);
  });

  it('reads the minutes on their own page with page-relative sources', () => {
    expect(pack.minutesOf[0]?.date).toBe('2030-11-07');
    expect(pack.minutesOf[0]?.minutes[1]?.source).toMatchObject({ page: 2, lineFrom: 11 });
  });

  it('ties the report to its agenda item by title', () => {
    expect(pack.reports[0]?.agendaNumber).toBe('2');
    expect(pack.reports[0]?.appendices).toEqual(['Home care dashboard']);
  });

  it('keeps a dashboard table as raw lines for the indicator parser', () => {
    expect(pack.dashboards).toHaveLength(1);
    expect(pack.dashboards[0]?.title).toBe('Home care dashboard');
    expect(pack.dashboards[0]?.lines).toHaveLength(3);
  });

  it('keeps lines no parser claimed instead of dropping them', () => {
    expect(pack.unrecognised.map((range) => range.lines)).toEqual([
      ['TIPS FOR SCRUTINY', 'Ask open questions.'],
    ]);
    expect(pack.unrecognised[0]?.source.page).toBe(4);
  });

  it('dates a lone report from its header when there is no front sheet (mirrors a report published alone)', () => {
    const lone = parsePack({ pages: splitPages(PACK[2] ?? '') });
    expect(lone.meeting).toBeNull();
    expect(lone.meetingDate).toBe('2031-01-09');
    expect(lone.reports[0]?.title).toBe('Home Care Recommissioning');
  });

  it('warns when the minutes record a different meeting from the one the agenda names', () => {
    const pages = [...PACK];
    pages[1] = (pages[1] ?? '').replace('7 November 2030', '14 November 2030');
    expect(parsePack({ pages }).warnings).toContain(
      'the agenda lists minutes of 2030-11-07 but the minutes record 2030-11-14',
    );
  });

  it("reads a labelled report header and minutes whose heading wraps (mirrors other councils' layouts)", () => {
    const pages = [
      `MINUTES OF THE MEETING OF THE PLACE SCRUTINY BOARD\nHELD ON 2 APRIL 2031 AT THE GUILDHALL\n\n7. Apologies\n\nNone.`,
      `Report to: Place Scrutiny Board\nDate: 14 May 2031\nReport of: Head of Highways\nSubject: Pothole Repairs\n\n1. Purpose\n\n1.1 To report on repairs.\n1.2 To seek views.`,
    ];
    const pack = parsePack({ pages });
    expect(pack.minutesOf[0]?.date).toBe('2031-04-02');
    expect(pack.minutesOf[0]?.minutes.map((minute) => minute.title)).toEqual(['Apologies']);
    expect(pack.reports[0]).toMatchObject({
      committee: 'Place Scrutiny Board',
      meetingDate: '2031-05-14',
      reportOf: 'Head of Highways',
      title: 'Pothole Repairs',
    });
    expect(
      pack.reports[0]?.paragraphs.map((paragraph) => [paragraph.number, paragraph.heading]),
    ).toEqual([
      ['1.1', 'Purpose'],
      ['1.2', 'Purpose'],
    ]);
  });
});
