// The compact, stable JSON shape `scrutineer meeting --json` prints for scripts and acceptance
// tests: names and numbers as printed in the papers, counts instead of whole report texts.
import type { Result } from '../../shared/contract';

type MeetingDetail = Result<'meetings.get'>;

export function summariseMeeting(detail: MeetingDetail) {
  return {
    committee: detail.committee,
    date: detail.date,
    time: detail.time,
    location: detail.location,
    contact: detail.contact,
    membership: detail.membership,
    agenda: detail.agenda.map(({ number, title, reportBy, pages }) => ({
      number,
      title,
      reportBy,
      pages,
    })),
    attendance: {
      chair: detail.attendance.chair,
      present: detail.attendance.present,
      inAttendance: detail.attendance.inAttendance.map((attendee) => attendee.name),
    },
    minutes: detail.minutes.map((minute) => ({
      number: minute.number,
      title: minute.title,
      resolutions: minute.resolutions
        .filter((resolution) => resolution.kind !== 'commitment')
        .map(({ label, text, kind }) => ({ label, text, kind })),
      /** Undertakings recorded in passing ("would be circulated"), kept apart from what was RESOLVED. */
      commitments: minute.resolutions
        .filter((resolution) => resolution.kind === 'commitment')
        .map((resolution) => resolution.text),
      publicQuestions: minute.questions.map(({ kind, asker, question, reply }) => ({
        kind,
        asker,
        question,
        reply,
      })),
    })),
    reports: detail.reports.map((report) => ({
      title: report.title,
      agendaNumber: report.agendaNumber,
      paragraphs: report.paragraphs.length,
    })),
    sources: detail.sources.map(({ file, sha256 }) => ({ file, sha256 })),
  };
}
