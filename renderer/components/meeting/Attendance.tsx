// Who was at the meeting, from its minutes: the chair (said in words), members present, others in
// attendance with their roles, and apologies.
import type { MeetingDetail } from '../../hooks/use-meeting';

function NameList({ title, names }: { title: string; names: string[] }) {
  if (names.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="plain-list">
        {names.map((name, index) => (
          <li key={index}>{name}</li>
        ))}
      </ul>
    </>
  );
}

export function Attendance({ attendance }: { attendance: MeetingDetail['attendance'] }) {
  const { chair, present, inAttendance, apologies } = attendance;
  const empty =
    !chair && present.length === 0 && inAttendance.length === 0 && apologies.length === 0;
  // The chair is listed first among those present, marked in words rather than by position.
  const members = chair
    ? [`${chair} (chair)`, ...present.filter((name) => name !== chair)]
    : present;
  return (
    <section aria-labelledby="attendance" className="meeting-part">
      <h2 id="attendance" tabIndex={-1}>
        Attendance
      </h2>
      {empty ? (
        <p>No attendance has been recorded for this meeting yet. It comes with the minutes.</p>
      ) : (
        <>
          <NameList title="Present" names={members} />
          <NameList
            title="In attendance"
            names={inAttendance.map(({ name, role }) => (role ? `${name}, ${role}` : name))}
          />
          <NameList title="Apologies" names={apologies} />
        </>
      )}
    </section>
  );
}
