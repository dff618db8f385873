// How the Meetings page orders a committee's meetings: what is coming up first, soonest first,
// then what has happened, most recent first. A meeting today is still to come.
import { groupMeetingsByCommittee, type MeetingSummary } from '../../renderer/meeting-groups';

const meeting = (id: number, committee: string, date: string): MeetingSummary => ({
  id,
  committee,
  date,
  time: null,
  location: null,
  status: 'scheduled',
  agendaItemCount: 0,
});

describe('grouping meetings', () => {
  it('counts a meeting held today as upcoming', () => {
    const [group] = groupMeetingsByCommittee([meeting(1, 'Health', '2025-01-14')], '2025-01-14');
    expect(group?.upcoming.map((m) => m.id)).toEqual([1]);
    expect(group?.past).toEqual([]);
  });

  it('orders committees A to Z, upcoming soonest first and past most recent first', () => {
    const groups = groupMeetingsByCommittee(
      [
        meeting(1, 'Health', '2024-06-01'),
        meeting(2, 'Adult social care', '2025-03-01'),
        meeting(3, 'Health', '2025-04-01'),
        meeting(4, 'Health', '2024-09-01'),
        meeting(5, 'Health', '2025-02-01'),
      ],
      '2025-01-14',
    );
    expect(
      groups.map((g) => [g.committee, g.upcoming.map((m) => m.id), g.past.map((m) => m.id)]),
    ).toEqual([
      ['Adult social care', [2], []],
      ['Health', [5, 3], [4, 1]],
    ]);
  });
});
