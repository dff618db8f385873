// The front sheet of the pack: when and where the meeting is, who to contact in democratic
// services (as mailto and tel links, which open the member's own programs) and the membership.
import { formatLongDate, meetingStatusLabels } from '../../format';
import type { MeetingDetail } from '../../hooks/use-meeting';
import { SourceButton } from '../source/SourceButton';

export function FrontSheet({ meeting }: { meeting: MeetingDetail }) {
  const { contact } = meeting;
  return (
    <section aria-labelledby="meeting-details" className="meeting-part">
      <h2 id="meeting-details" tabIndex={-1}>
        Meeting details
      </h2>
      <dl className="facts">
        <div>
          <dt>Date</dt>
          <dd>{formatLongDate(meeting.date)}</dd>
        </div>
        {meeting.time && (
          <div>
            <dt>Time</dt>
            <dd>{meeting.time}</dd>
          </div>
        )}
        {meeting.location && (
          <div>
            <dt>Venue</dt>
            <dd>{meeting.location}</dd>
          </div>
        )}
        <div>
          <dt>Status</dt>
          <dd>{meetingStatusLabels[meeting.status]}</dd>
        </div>
        {contact && (
          <div>
            <dt>Contact</dt>
            <dd>
              {contact.name}
              {contact.phone && (
                <>
                  <br />
                  Telephone:{' '}
                  <a href={`tel:${contact.phone.replace(/\s+/g, '')}`}>{contact.phone}</a>
                </>
              )}
              {contact.email && (
                <>
                  <br />
                  Email: <a href={`mailto:${contact.email}`}>{contact.email}</a>
                </>
              )}
            </dd>
          </div>
        )}
      </dl>
      <SourceButton source={meeting.source} />
      {meeting.membership.length > 0 && (
        <>
          <h3>Membership</h3>
          <ul className="plain-list">
            {meeting.membership.map((member, index) => (
              <li key={index}>{member}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
