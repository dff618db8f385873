// Everything the store knows about one meeting, as the meeting page and `scrutineer meeting`
// show it: front-sheet facts, agenda with each item's report, attendance, the minutes recorded
// for it with their resolutions and questions, readable reports, and the documents it came from.
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { meetingDetailSchema, sourceRefSchema } from '../shared/contract';
import { currentStatusSql } from './resolutions';

export type MeetingDetail = z.infer<typeof meetingDetailSchema>;
type SourceRef = z.infer<typeof sourceRefSchema>;

interface SourceColumns {
  sourceDocumentId: number | null;
  sourcePage: number | null;
  sourceLineFrom?: number | null;
  sourceLineTo?: number | null;
}

function sourceOf(row: SourceColumns): SourceRef | null {
  if (row.sourceDocumentId === null || row.sourcePage === null) return null;
  return {
    documentId: row.sourceDocumentId,
    page: row.sourcePage,
    lineFrom: row.sourceLineFrom ?? null,
    lineTo: row.sourceLineTo ?? null,
  };
}

/** Rows read with source columns, turned into the contract's shape with one `source` each. */
function withSources<T extends { source: SourceRef | null }>(rows: unknown[]): T[] {
  return (rows as (Omit<T, 'source'> & SourceColumns)[]).map(
    ({ sourceDocumentId, sourcePage, sourceLineFrom, sourceLineTo, ...rest }) =>
      ({
        ...rest,
        source: sourceOf({ sourceDocumentId, sourcePage, sourceLineFrom, sourceLineTo }),
      }) as unknown as T,
  );
}

const src = (alias: string, lines = true) =>
  `${alias}.source_document_id AS sourceDocumentId, ${alias}.source_page AS sourcePage` +
  (lines
    ? `, ${alias}.source_line_from AS sourceLineFrom, ${alias}.source_line_to AS sourceLineTo`
    : '');

export function findMeetingIdByDate(db: Database.Database, date: string): number[] {
  return (
    db.prepare('SELECT id FROM meeting WHERE date = ? ORDER BY id').all(date) as { id: number }[]
  ).map((row) => row.id);
}

export function getMeetingDetail(db: Database.Database, meetingId: number): MeetingDetail | null {
  const meeting = db
    .prepare(
      `SELECT m.id, c.name AS committee, m.date, m.time, m.location, m.status, m.contact_name AS contactName,
              m.contact_phone AS contactPhone, m.contact_email AS contactEmail, ${src('m', false)}
         FROM meeting m JOIN committee c ON c.id = m.committee_id WHERE m.id = ?`,
    )
    .get(meetingId) as
    | (Omit<
        MeetingDetail,
        | 'contact'
        | 'membership'
        | 'source'
        | 'agenda'
        | 'attendance'
        | 'minutes'
        | 'reports'
        | 'sources'
      > &
        SourceColumns & {
          contactName: string | null;
          contactPhone: string | null;
          contactEmail: string | null;
        })
    | undefined;
  if (!meeting) return null;
  const membership = (
    db
      .prepare(
        'SELECT p.name FROM meeting_member mm JOIN person p ON p.id = mm.person_id WHERE mm.meeting_id = ? ORDER BY mm.id',
      )
      .all(meetingId) as { name: string }[]
  ).map((row) => row.name);
  const agendaRows = db
    .prepare(
      `SELECT a.id, a.number, a.title, a.report_by AS reportBy, a.page_from AS pageFrom, a.page_to AS pageTo,
              (SELECT r.id FROM report r WHERE r.agenda_item_id = a.id ORDER BY r.id LIMIT 1) AS reportId, ${src('a')}
         FROM agenda_item a WHERE a.meeting_id = ? ORDER BY a.position`,
    )
    .all(meetingId) as ({
    id: number;
    number: string | null;
    title: string;
    reportBy: string | null;
    pageFrom: number | null;
    pageTo: number | null;
    reportId: number | null;
  } & SourceColumns)[];
  const people = db
    .prepare(
      'SELECT p.name, a.role, a.capacity FROM attendance a JOIN person p ON p.id = a.person_id WHERE a.meeting_id = ? ORDER BY a.id',
    )
    .all(meetingId) as { name: string; role: string; capacity: string | null }[];
  return {
    id: meeting.id,
    committee: meeting.committee,
    date: meeting.date,
    time: meeting.time,
    location: meeting.location,
    status: meeting.status,
    contact: meeting.contactName
      ? { name: meeting.contactName, phone: meeting.contactPhone, email: meeting.contactEmail }
      : null,
    membership,
    source: sourceOf(meeting),
    agenda: agendaRows.map((row) => ({
      id: row.id,
      number: row.number,
      title: row.title,
      reportBy: row.reportBy,
      pages:
        row.pageFrom !== null && row.pageTo !== null
          ? { from: row.pageFrom, to: row.pageTo }
          : null,
      reportId: row.reportId,
      source: sourceOf(row),
    })),
    attendance: {
      chair: people.find((person) => person.role === 'chair')?.name ?? null,
      present: people
        .filter((person) => person.role === 'chair' || person.role === 'member')
        .map((person) => person.name),
      inAttendance: people
        .filter((person) => person.role === 'in-attendance')
        .map((person) => ({ name: person.name, role: person.capacity })),
      apologies: people
        .filter((person) => person.role === 'apologies')
        .map((person) => person.name),
    },
    minutes: minutesOf(db, meetingId),
    reports: reportsOf(db, meetingId),
    sources: db
      .prepare(
        `SELECT d.id AS documentId, d.file_name AS file, d.sha256, d.format, d.page_count AS pages, d.imported_at AS importedAt
           FROM document d
          WHERE d.meeting_id = ?
             OR d.id IN (SELECT source_document_id FROM minute WHERE meeting_id = ?)
          ORDER BY d.imported_at, d.id`,
      )
      .all(meetingId, meetingId) as MeetingDetail['sources'],
  };
}

function minutesOf(db: Database.Database, meetingId: number): MeetingDetail['minutes'] {
  const minutes = db
    .prepare(
      `SELECT id, number, title, body, discussion_points AS discussionPoints, ${src('minute')} FROM minute WHERE meeting_id = ? ORDER BY position, id`,
    )
    .all(meetingId) as ({
    id: number;
    number: string;
    title: string;
    body: string;
    discussionPoints: string;
  } & SourceColumns)[];
  const resolutions = db.prepare(
    `SELECT r.id, r.label, r.text, r.kind, ${currentStatusSql} AS status, ${src('r')} FROM resolution r WHERE r.minute_id = ? ORDER BY r.position`,
  );
  const questions = db.prepare(
    `SELECT kind, asker, question, reply, supplementary, supplementary_reply AS supplementaryReply, ${src('q')}
       FROM public_question q WHERE q.minute_id = ? ORDER BY q.position`,
  );
  return minutes.map((minute) => ({
    id: minute.id,
    number: minute.number,
    title: minute.title,
    body: minute.body,
    discussionPoints: JSON.parse(minute.discussionPoints) as string[],
    resolutions: withSources<MeetingDetail['minutes'][number]['resolutions'][number]>(
      resolutions.all(minute.id),
    ),
    questions: withSources<MeetingDetail['minutes'][number]['questions'][number]>(
      questions.all(minute.id),
    ),
    source: sourceOf(minute),
  }));
}

function reportsOf(db: Database.Database, meetingId: number): MeetingDetail['reports'] {
  const reports = db
    .prepare(
      `SELECT r.id, r.title, a.number AS agendaNumber, r.report_of AS reportOf, ${src('r', false)}
         FROM report r LEFT JOIN agenda_item a ON a.id = r.agenda_item_id WHERE r.meeting_id = ? ORDER BY a.position, r.id`,
    )
    .all(meetingId) as ({
    id: number;
    title: string;
    agendaNumber: string | null;
    reportOf: string | null;
  } & SourceColumns)[];
  const paragraphs = db.prepare(
    `SELECT p.id, p.number, p.heading, p.text, p.page, p.line_from AS lineFrom, p.line_to AS lineTo, r.source_document_id AS documentId
       FROM report_paragraph p JOIN report r ON r.id = p.report_id WHERE p.report_id = ? ORDER BY p.position`,
  );
  return reports.map((report) => ({
    id: report.id,
    title: report.title,
    agendaNumber: report.agendaNumber,
    reportOf: report.reportOf,
    source: sourceOf(report),
    paragraphs: (
      paragraphs.all(report.id) as {
        id: number;
        number: string | null;
        heading: string | null;
        text: string;
        page: number | null;
        lineFrom: number | null;
        lineTo: number | null;
        documentId: number | null;
      }[]
    ).map((p) => ({
      id: p.id,
      number: p.number,
      heading: p.heading,
      text: p.text,
      source: sourceOf({
        sourceDocumentId: p.documentId,
        sourcePage: p.page,
        sourceLineFrom: p.lineFrom,
        sourceLineTo: p.lineTo,
      }),
    })),
  }));
}
