// Action logs printed in packs: rows read from their cells (minute, meeting date, status), only on
// pages headed as a log, so status words in ordinary prose never change an action.
import { readActionLog } from '../../shared/actions/action-log';

const logPage = [
  'Scrutiny Action Tracker',
  '',
  'Date of meeting\tMinute\tAction\tOfficer\tProgress',
  '4 February 2026\t17(a)\tBriefing on library opening hours\tHead of Libraries\tCompleted',
  '4 February 2026\tMin. 18\tRepair backlog figures by estate\tDirector of Housing\tIn progress - due May',
  '08/04/2026  |  25b  |  Letter to the bus operator  |  Chair  |  Withdrawn',
  '08/04/2026\t26\tVisit to the recycling centre\tClerk\tNot started',
].join('\n');

describe('reading an action log', () => {
  it('reads each row’s meeting, minute, letter and status', () => {
    expect(
      readActionLog([{ page: 7, text: logPage }]).map((row) => [
        row.page,
        row.meetingDate,
        row.minuteNumber,
        row.label,
        row.status,
      ]),
    ).toEqual([
      [7, '2026-02-04', '17', 'a', 'done'],
      [7, '2026-02-04', '18', null, 'in-progress'],
      [7, '2026-04-08', '25', 'b', 'dropped'],
      [7, '2026-04-08', '26', null, 'open'],
    ]);
  });

  it('keeps the row as printed for the status note', () => {
    expect(readActionLog([{ page: 1, text: logPage }])[2]?.text).toBe(
      '08/04/2026 | 25b | Letter to the bus operator | Chair | Withdrawn',
    );
  });

  it('reads on over the next page while it still holds rows, and no further', () => {
    const more = '12 May 2026\t31\tTree survey\tTree Officer\tComplete';
    const prose = '2. The works\t40\tare complete\tsaid the officer\tComplete';
    const rows = readActionLog([
      { page: 1, text: logPage },
      { page: 2, text: more },
      { page: 3, text: 'Appendix B' },
      { page: 4, text: prose },
    ]);
    expect(rows.map((row) => row.minuteNumber)).toEqual(['17', '18', '25', '26', '31']);
  });

  it('ignores status words on pages that are not an action log', () => {
    const report =
      'Progress report\n\n3.1\t12\tThe scheme is complete\tand open to the public\tComplete';
    expect(readActionLog([{ page: 1, text: report }])).toEqual([]);
  });
});
