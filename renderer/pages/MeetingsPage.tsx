// The Meetings section: every meeting in the store, grouped by committee, upcoming before past,
// each linking to its page. Before anything is imported it offers the sample briefing.
import { EmptyState } from '../components/EmptyState';
import { Loaded } from '../components/Loaded';
import { PageHeading } from '../components/PageHeading';
import { formatLongDate, localIsoDate, meetingStatusLabels } from '../format';
import { usePagedListing } from '../hooks/use-paged-listing';
import { MoreButton } from '../components/MoreButton';
import { useImporter } from '../import/import-context';
import { groupMeetingsByCommittee, type MeetingSummary } from '../meeting-groups';
import { meetingHref } from '../sections';

function MeetingList({ title, meetings }: { title: string; meetings: MeetingSummary[] }) {
  if (meetings.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="meeting-list">
        {meetings.map((meeting) => (
          <li key={meeting.id} className="meeting">
            <p className="meeting-date">
              <a href={meetingHref(meeting.id)}>
                {formatLongDate(meeting.date)}
                {meeting.time && `, ${meeting.time}`}
              </a>
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

function FirstRun() {
  const { state, importSample } = useImporter();
  const running = state.phase === 'running';
  return (
    <EmptyState title="No meetings yet">
      <p>
        Meetings appear here once you import an agenda pack: the papers published for a committee
        meeting, as a PDF, Word, text or Markdown file. Use Import agenda pack at the top of the
        window, or drag the files onto this window.
      </p>
      <p>To see how Scrutineer reads a pack, try the sample briefing that comes with it.</p>
      <button
        type="button"
        className="button button-secondary"
        aria-disabled={running || undefined}
        onClick={() => {
          if (!running) importSample();
        }}
      >
        Try the sample briefing
      </button>
    </EmptyState>
  );
}

export function MeetingsPage() {
  // A long archive's meetings load a hundred at a time (upcoming first, then the most recent).
  const { state, reload, ...paging } = usePagedListing(
    'meetings.list',
    100,
    useImporter().generation,
  );
  return (
    <>
      <PageHeading>Meetings</PageHeading>
      <Loaded state={state} what="meetings" onRetry={reload}>
        {(meetings) =>
          meetings.length === 0 ? (
            <FirstRun />
          ) : (
            <>
              {groupMeetingsByCommittee(meetings, localIsoDate()).map((group) => (
                <section key={group.committee} className="committee">
                  <h2>{group.committee}</h2>
                  <MeetingList title="Upcoming" meetings={group.upcoming} />
                  <MeetingList title="Past" meetings={group.past} />
                </section>
              ))}
              <MoreButton label="More meetings" {...paging} />
            </>
          )
        }
      </Loaded>
    </>
  );
}
