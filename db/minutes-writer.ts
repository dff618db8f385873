// Writes the minutes a pack carries into the store, attached to the meeting they record (created
// as "minutes only" when the store has no pack for it): attendance, numbered minutes, lettered
// resolutions and questions. Minutes and resolutions are updated in place to keep members' links.
import type Database from 'better-sqlite3';
import type { Minute, MinutesOfMeeting, SourceRange } from '../shared/agenda-pack';
import { reconcileChildren } from './reconcile';
import { upsertMeeting, upsertPerson } from './meeting-upserts';

function replaceAttendance(
  db: Database.Database,
  meetingId: number,
  documentId: number,
  minutes: MinutesOfMeeting,
): void {
  db.prepare('DELETE FROM attendance WHERE meeting_id = ?').run(meetingId);
  const insert = db.prepare(
    'INSERT OR IGNORE INTO attendance (meeting_id, person_id, role, capacity, source_document_id, source_page) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const { attendance, source } = minutes;
  for (const name of attendance.present) {
    insert.run(
      meetingId,
      upsertPerson(db, name),
      name === attendance.chair ? 'chair' : 'member',
      null,
      documentId,
      source.page,
    );
  }
  for (const attendee of attendance.inAttendance) {
    insert.run(
      meetingId,
      upsertPerson(db, attendee.name),
      'in-attendance',
      attendee.role,
      documentId,
      source.page,
    );
  }
  for (const name of attendance.apologies)
    insert.run(meetingId, upsertPerson(db, name), 'apologies', null, documentId, source.page);
}

const at = (documentId: number, source: SourceRange) => [
  documentId,
  source.page,
  source.lineFrom,
  source.lineTo,
];

function storeMinute(
  db: Database.Database,
  meetingId: number,
  documentId: number,
  minute: Minute,
  position: number,
): { resolutions: number; questions: number } {
  const existing = db
    .prepare('SELECT id FROM minute WHERE meeting_id = ? AND number = ?')
    .get(meetingId, minute.number) as { id: number } | undefined;
  const values = [
    minute.title,
    minute.body,
    JSON.stringify(minute.discussionPoints),
    position,
    ...at(documentId, minute.source),
  ];
  const minuteId = existing
    ? (db
        .prepare(
          `UPDATE minute SET title = ?, body = ?, discussion_points = ?, position = ?, source_document_id = ?, source_page = ?,
             source_line_from = ?, source_line_to = ? WHERE id = ?`,
        )
        .run(...values, existing.id),
      existing.id)
    : Number(
        db
          .prepare(
            `INSERT INTO minute (title, body, discussion_points, position, source_document_id, source_page, source_line_from,
               source_line_to, meeting_id, number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(...values, meetingId, minute.number).lastInsertRowid,
      );
  const update = db.prepare(
    `UPDATE resolution SET label = ?, text = ?, kind = ?, position = ?, source_document_id = ?, source_page = ?,
       source_line_from = ?, source_line_to = ? WHERE id = ?`,
  );
  const insert = db.prepare(
    `INSERT INTO resolution (minute_id, label, text, kind, position, source_document_id, source_page, source_line_from, source_line_to)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  reconcileChildren(db, minute.resolutions, {
    table: 'resolution',
    parentColumn: 'minute_id',
    parentId: minuteId,
    existingKeySql: "coalesce(label, '#' || position)",
    keyOf: (resolution, index) => resolution.label ?? `#${index}`,
    update: (id, r, index) =>
      update.run(r.label, r.text, r.kind, index, ...at(documentId, r.source), id),
    insert: (r, index) =>
      Number(
        insert.run(minuteId, r.label, r.text, r.kind, index, ...at(documentId, r.source))
          .lastInsertRowid,
      ),
  });
  db.prepare('DELETE FROM public_question WHERE minute_id = ?').run(minuteId);
  const insertQuestion = db.prepare(
    `INSERT INTO public_question (minute_id, kind, asker, question, reply, supplementary, supplementary_reply, position,
       source_document_id, source_page, source_line_from, source_line_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  minute.questions.forEach((q, index) =>
    insertQuestion.run(
      minuteId,
      q.kind,
      q.asker,
      q.question,
      q.reply,
      q.supplementary,
      q.supplementaryReply,
      index,
      ...at(documentId, q.source),
    ),
  );
  db.prepare('DELETE FROM declaration_of_interest WHERE minute_id = ?').run(minuteId);
  const insertDeclaration = db.prepare(
    `INSERT INTO declaration_of_interest (meeting_id, minute_id, member_name, text, source_document_id, source_page, source_line_from, source_line_to)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const text of minute.declarations)
    insertDeclaration.run(meetingId, minuteId, '', text, ...at(documentId, minute.source));
  return { resolutions: minute.resolutions.length, questions: minute.questions.length };
}

/** Stores one set of minutes under the committee they name (else the pack's); returns the date of the meeting they record and what was stored. */
export function storeMinutes(
  db: Database.Database,
  committeeId: number,
  documentId: number,
  minutes: MinutesOfMeeting & { date: string },
): { date: string; meetingId: number; minutes: number; resolutions: number; questions: number } {
  const meetingId = upsertMeeting(db, committeeId, minutes.date, {
    time: minutes.startTime,
    location: minutes.location,
    contact: null,
    status: 'minutes-only',
  });
  replaceAttendance(db, meetingId, documentId, minutes);
  let resolutions = 0;
  let questions = 0;
  minutes.minutes.forEach((minute, position) => {
    const stored = storeMinute(db, meetingId, documentId, minute, position);
    resolutions += stored.resolutions;
    questions += stored.questions;
  });
  return {
    date: minutes.date,
    meetingId,
    minutes: minutes.minutes.length,
    resolutions,
    questions,
  };
}
