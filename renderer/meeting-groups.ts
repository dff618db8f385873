// Arranges meetings: one group per committee (A to Z) for the Meetings page, upcoming soonest
// first then past most recent first; and the next meeting, which new questions are filed under.
import type { Result } from '../shared/contract';

export type MeetingSummary = Result<'meetings.list'>[number];

export interface CommitteeMeetings {
  committee: string;
  upcoming: MeetingSummary[];
  past: MeetingSummary[];
}

/** Groups meetings by committee; a meeting dated today counts as upcoming. */
export function groupMeetingsByCommittee(
  meetings: readonly MeetingSummary[],
  today: string,
): CommitteeMeetings[] {
  const groups = new Map<string, CommitteeMeetings>();
  for (const meeting of meetings) {
    let group = groups.get(meeting.committee);
    if (!group) {
      group = { committee: meeting.committee, upcoming: [], past: [] };
      groups.set(meeting.committee, group);
    }
    (meeting.date >= today ? group.upcoming : group.past).push(meeting);
  }
  const result = [...groups.values()].sort((a, b) =>
    a.committee.localeCompare(b.committee, 'en-GB'),
  );
  for (const group of result) {
    group.upcoming.sort((a, b) => a.date.localeCompare(b.date));
    group.past.sort((a, b) => b.date.localeCompare(a.date));
  }
  return result;
}

/** The next meeting: the soonest one dated today or later, of any committee; null when none is. */
export function nextMeeting(
  meetings: readonly MeetingSummary[],
  today: string,
): MeetingSummary | null {
  const upcoming = meetings.filter((meeting) => meeting.date >= today);
  upcoming.sort((a, b) => a.date.localeCompare(b.date));
  return upcoming[0] ?? null;
}
