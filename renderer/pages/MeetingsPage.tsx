// The Meetings section: every meeting in the store, grouped by committee, upcoming before past.
// Until an agenda pack has been imported it explains how meetings will arrive.
import { EmptyState } from '../components/EmptyState';
import { Loaded } from '../components/Loaded';
import { PageHeading } from '../components/PageHeading';
import { formatLongDate, localIsoDate, meetingStatusLabels } from '../format';
import { useListing } from '../hooks/use-listing';
import { groupMeetingsByCommittee, type MeetingSummary } from '../meeting-groups';

function MeetingList({ title, meetings }: { title: string; meetings: MeetingSummary[] }) {
  if (meetings.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="meeting-list">
        {meetings.map((meeting) => (
          <li key={meeting.id} className="meeting">
            <p className="meeting-date">
              {formatLongDate(meeting.date)}
              {meeting.time && `, ${meeting.time}`}
            </p>
            <p className="meeting-details">
              {[
                meeting.location,
                meetingStatusLabels[meeting.status],
                meeting.agendaItemCount === 1
                  ? '1 agenda item'
                  : `${meeting.agendaItemCount} agenda items`,
              ]
                .filter((detail) => detail)
                .join(' · ')}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

export function MeetingsPage() {
  const { state, reload } = useListing('meetings.list');
  return (
    <>
      <PageHeading>Meetings</PageHeading>
      <Loaded state={state} what="meetings" onRetry={reload}>
        {(meetings) =>
          meetings.length === 0 ? (
            <EmptyState title="No meetings yet">
              <p>
                Meetings appear here once you import an agenda pack: the papers published for a
                committee meeting, as a PDF or Word document. Importing agenda packs arrives in a
                later release of Scrutineer.
              </p>
            </EmptyState>
          ) : (
            groupMeetingsByCommittee(meetings, localIsoDate()).map((group) => (
              <section key={group.committee} className="committee">
                <h2>{group.committee}</h2>
                <MeetingList title="Upcoming" meetings={group.upcoming} />
                <MeetingList title="Past" meetings={group.past} />
              </section>
            ))
          )
        }
      </Loaded>
    </>
  );
}
