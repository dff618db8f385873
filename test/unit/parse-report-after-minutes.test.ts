// Browser-printed packs have no blank lines, so a report header at the top of a page sits straight
// under the last resolution of the minutes before it; the header must not reach back into them.
import { normalisePages } from '../../shared/readers/lines';
import { parsePack } from '../../shared/readers/pack';
import { parseReport } from '../../shared/readers/reports';

// Mirrors a Chromium-printed pack: minutes ending in a lettered RESOLVED block, then a report
// header at the top of the next page.
const pages = [
  `Minutes of a meeting of the Harbour Scrutiny Panel held at the Guildhall on Tuesday, 6 May 2031.
PRESENT
Cllr A. Marsh (in the Chair)
Cllr B. Tolley
12. Beach Huts Review.
The Panel heard that demand for beach huts had risen for a third year and that the waiting
list now stood at four hundred names. Members asked whether the panel could see the
figures by ward before the next budget round.
RESOLVED: That
(a) the review be noted;
(b) the Harbour Master circulate the waiting list figures by ward.`,
  `HARBOUR SCRUTINY PANEL
6 MAY 2031
MOORING FEES AND CHARGES
REPORT OF THE HARBOUR MASTER
1. Purpose of the report
1.1 This report sets out the mooring fees proposed for the coming season.
1.2 The Panel is asked to comment on the proposals before they go to Cabinet.`,
];

describe('a report printed on the page after the minutes, with no blank lines', () => {
  it('titles the report from its own header, not from the resolutions above it', () => {
    const [report] = parsePack({ pages }).reports;
    expect(report?.title).toBe('Mooring Fees and Charges');
    expect(report?.committee).toBe('Harbour Scrutiny Panel');
    expect(report?.meetingDate).toBe('2031-05-06');
    expect(report?.reportOf).toBe('Harbour Master');
    expect(report?.source).toMatchObject({ page: 2, lineFrom: 1 });
  });

  it('leaves the lettered resolutions with the minute they close', () => {
    const [minute] = parsePack({ pages }).minutesOf[0]?.minutes ?? [];
    expect(minute?.resolutions.map((resolution) => resolution.label)).toEqual(['a', 'b']);
    expect(minute?.source.pageTo).toBe(1);
  });

  it('keeps resolutions and finished sentences out of a title even when handed them', () => {
    const lines = normalisePages(pages);
    const report = parseReport(lines, 8, lines.length);
    expect(report.title).toBe('Mooring Fees and Charges');
    expect(report.committee).toBe('Harbour Scrutiny Panel');
  });
});
