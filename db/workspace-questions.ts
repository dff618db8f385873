// The member's workspace for a meeting: questions and notes with their anchors, in agenda order
// and the member's priority, with status, answer and note; plus questions carried forward from
// the committee's last held meeting (the same rows, shown again, never copied).
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type {
  questionStatusSchema,
  workspaceNoteSchema,
  workspaceQuestionSchema,
} from '../shared/contract';
import type { AnchorColumns } from './workspace-anchors';

export type WorkspaceQuestion = z.infer<typeof workspaceQuestionSchema>;
export type WorkspaceNote = z.infer<typeof workspaceNoteSchema>;
type Status = z.infer<typeof questionStatusSchema>;
type MeetingRef = NonNullable<WorkspaceQuestion['carriedFrom']>;

/** Statuses that still need asking or chasing, so they follow the committee to its next meeting. */
export const openStatuses: readonly Status[] = ['draft', 'ready', 'follow-up'];

const anchorColumns = `
  anchor_kind AS kind, anchor_agenda_number AS agendaNumber,
  anchor_paragraph_number AS paragraph, anchor_quote AS quote, agenda_item_id AS agendaItemId,
  report_paragraph_id AS paragraphId, minute_id AS minuteId, resolution_id AS resolutionId,
  indicator_id AS indicatorId, period_key AS periodKey, anchor_changed AS changed`;

interface AnchorRow {
  kind: WorkspaceQuestion['anchor']['kind'];
  agendaNumber: string | null;
  paragraph: string | null;
  quote: string | null;
  agendaItemId: number | null;
  paragraphId: number | null;
  minuteId: number | null;
  resolutionId: number | null;
  indicatorId: number | null;
  periodKey: string | null;
  changed: 0 | 1;
}

interface QuestionRow extends AnchorRow {
  id: number;
  uid: string;
  text: string;
  status: Status;
  answer: string | null;
  note: string | null;
  priority: number;
  meetingId: number | null;
  /** Where a carried question was asked or answered. */
  settledMeetingId: number | null;
  createdAt: string;
  updatedAt: string;
}

interface NoteRow extends AnchorRow {
  id: number;
  uid: string;
  body: string;
  meetingId: number | null;
  createdAt: string;
  updatedAt: string;
}

const selectQuestions = `
  SELECT id, uid, text, status, answer, note, priority, meeting_id AS meetingId,
         settled_meeting_id AS settledMeetingId, created_at AS createdAt, updated_at AS updatedAt, ${anchorColumns}
    FROM question`;

const selectNotes = `
  SELECT id, uid, body, meeting_id AS meetingId, created_at AS createdAt,
         updated_at AS updatedAt, ${anchorColumns}
    FROM note`;

function anchorOf(row: AnchorRow): WorkspaceQuestion['anchor'] {
  return {
    kind: row.kind,
    agendaNumber: row.agendaNumber,
    paragraph: row.paragraph,
    quote: row.quote,
    agendaItemId: row.agendaItemId,
    paragraphId: row.paragraphId,
    minuteId: row.minuteId,
    resolutionId: row.resolutionId,
    indicatorId: row.indicatorId,
    periodKey: row.periodKey,
    changed: row.changed === 1,
  };
}

interface MeetingRow {
  id: number;
  committeeId: number;
  committee: string;
  date: string;
  status: string;
}

function meetingsById(db: Database.Database): Map<number, MeetingRow> {
  const rows = db
    .prepare(
      `SELECT m.id, m.committee_id AS committeeId, c.name AS committee, m.date, m.status
         FROM meeting m JOIN committee c ON c.id = m.committee_id ORDER BY m.date, m.id`,
    )
    .all() as MeetingRow[];
  return new Map(rows.map((row) => [row.id, row]));
}

const refOf = (meeting: MeetingRow): MeetingRef => ({
  meetingId: meeting.id,
  committee: meeting.committee,
  date: meeting.date,
});

/** Held: the minutes say so, or the day has passed. */
const isHeld = (meeting: MeetingRow, today: string): boolean =>
  meeting.status !== 'scheduled' || meeting.date < today;

/**
 * Where an open question from a held meeting now belongs: the committee's first later meeting not
 * yet held (or its latest meeting, when every later one has been held). Null when it stays put.
 */
function carriedTo(
  meetings: Map<number, MeetingRow>,
  row: Pick<QuestionRow, 'meetingId' | 'status' | 'settledMeetingId'>,
  today: string,
): MeetingRow | null {
  const settled = row.settledMeetingId === null ? undefined : meetings.get(row.settledMeetingId);
  if (settled && !openStatuses.includes(row.status)) return settled;
  const own = row.meetingId === null ? undefined : meetings.get(row.meetingId);
  if (!own || !openStatuses.includes(row.status) || !isHeld(own, today)) return null;
  const later = [...meetings.values()].filter(
    (meeting) => meeting.committeeId === own.committeeId && meeting.date > own.date,
  );
  return later.find((meeting) => !isHeld(meeting, today)) ?? later[later.length - 1] ?? null;
}

function toQuestion(
  row: QuestionRow,
  meetings: Map<number, MeetingRow>,
  today: string,
): WorkspaceQuestion {
  const target = carriedTo(meetings, row, today);
  const own = row.meetingId === null ? undefined : meetings.get(row.meetingId);
  return {
    id: row.id,
    uid: row.uid,
    text: row.text,
    status: row.status,
    answer: row.answer,
    note: row.note,
    priority: row.priority,
    meetingId: row.meetingId,
    anchor: anchorOf(row),
    carriedFrom: target && own ? refOf(own) : null,
    carriedTo: target ? refOf(target) : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

const toNote = (row: NoteRow): WorkspaceNote => ({
  id: row.id,
  uid: row.uid,
  body: row.body,
  meetingId: row.meetingId,
  anchor: anchorOf(row),
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

/** Agenda position of each item of a meeting, for sorting by the order of business. */
function agendaPositions(db: Database.Database, meetingId: number): Map<number, number> {
  const rows = db
    .prepare('SELECT id, position FROM agenda_item WHERE meeting_id = ?')
    .all(meetingId) as { id: number; position: number }[];
  return new Map(rows.map((row) => [row.id, row.position]));
}

/**
 * One meeting's questions and notes. Questions carried in from earlier meetings come first; the
 * rest follow the agenda (meeting-wide ones before item 1), then the member's priority.
 */
export function meetingWorkspace(
  db: Database.Database,
  meetingId: number,
  today: string,
): { questions: WorkspaceQuestion[]; notes: WorkspaceNote[] } {
  const meetings = meetingsById(db);
  const meeting = meetings.get(meetingId);
  if (!meeting) return { questions: [], notes: [] };
  const own = (
    db.prepare(`${selectQuestions} WHERE meeting_id = ?`).all(meetingId) as QuestionRow[]
  ).map((row) => toQuestion(row, meetings, today));
  const sameCommittee = [...meetings.values()]
    .filter((each) => each.committeeId === meeting.committeeId && each.date < meeting.date)
    .map((each) => each.id);
  const earlier =
    sameCommittee.length === 0
      ? []
      : (db
          .prepare(
            `${selectQuestions} WHERE meeting_id IN (${sameCommittee.map(() => '?').join(',')})
               AND (status IN ('draft', 'ready', 'follow-up') OR settled_meeting_id = ?)`,
          )
          .all(...sameCommittee, meetingId) as QuestionRow[]);
  const carried = earlier
    .map((row) => toQuestion(row, meetings, today))
    .filter((question) => question.carriedTo?.meetingId === meetingId);
  const positions = agendaPositions(db, meetingId);
  const place = (anchor: WorkspaceQuestion['anchor']): number =>
    anchor.agendaItemId === null ? -1 : (positions.get(anchor.agendaItemId) ?? -1);
  const byAgenda = (a: WorkspaceQuestion, b: WorkspaceQuestion): number =>
    place(a.anchor) - place(b.anchor) || a.priority - b.priority || a.id - b.id;
  carried.sort((a, b) => a.priority - b.priority || a.id - b.id);
  const notes = (
    db.prepare(`${selectNotes} WHERE meeting_id = ? ORDER BY id`).all(meetingId) as NoteRow[]
  ).map(toNote);
  return { questions: [...carried, ...own.sort(byAgenda)], notes };
}

/** Every question in the store, oldest meeting first, each once. */
export function allQuestions(db: Database.Database, today: string): WorkspaceQuestion[] {
  const meetings = meetingsById(db);
  const rows = db.prepare(`${selectQuestions} ORDER BY id`).all() as QuestionRow[];
  const dateOf = (row: QuestionRow): string =>
    (row.meetingId === null ? undefined : meetings.get(row.meetingId)?.date) ?? '';
  return rows
    .sort((a, b) => dateOf(a).localeCompare(dateOf(b)) || a.priority - b.priority || a.id - b.id)
    .map((row) => toQuestion(row, meetings, today));
}

export function getWorkspaceQuestion(
  db: Database.Database,
  id: number,
  today: string,
): WorkspaceQuestion | null {
  const row = db.prepare(`${selectQuestions} WHERE id = ?`).get(id) as QuestionRow | undefined;
  return row ? toQuestion(row, meetingsById(db), today) : null;
}

export interface NewWorkspaceQuestion {
  meetingId: number | null;
  text: string;
  anchor: AnchorColumns;
  /** Given when the question comes from a colleague's file, so a second import adds nothing. */
  uid?: string;
  status?: Status;
  answer?: string | null;
  note?: string | null;
  /** Sets anchor_changed: the quoted words could not be found in this store's papers. */
  changed?: boolean;
}

const anchorValues = (anchor: AnchorColumns) => ({
  anchorKind: anchor.anchorKind,
  agendaItemId: anchor.agendaItemId,
  paragraphId: anchor.reportParagraphId,
  minuteId: anchor.minuteId,
  resolutionId: anchor.resolutionId,
  indicatorId: anchor.indicatorId,
  periodKey: anchor.periodKey,
  agendaNumber: anchor.agendaNumber,
  paragraphNumber: anchor.paragraphNumber,
  quote: anchor.quote,
  prefix: anchor.prefix,
  suffix: anchor.suffix,
  start: anchor.start,
});

const anchorInsertColumns = `anchor_kind, agenda_item_id, report_paragraph_id, minute_id,
  resolution_id, indicator_id, period_key, anchor_agenda_number, anchor_paragraph_number,
  anchor_quote, anchor_prefix, anchor_suffix, anchor_start, anchor_changed`;
const anchorInsertValues = `:anchorKind, :agendaItemId, :paragraphId, :minuteId, :resolutionId,
  :indicatorId, :periodKey, :agendaNumber, :paragraphNumber, :quote, :prefix, :suffix, :start,
  :changed`;

/** Adds a question at the end of its meeting's preparation order; returns its id. */
export function insertQuestion(
  db: Database.Database,
  question: NewWorkspaceQuestion,
  now: string = new Date().toISOString(),
): number {
  const { priority } = db
    .prepare(
      'SELECT coalesce(max(priority), 0) + 1 AS priority FROM question WHERE meeting_id IS ?',
    )
    .get(question.meetingId) as { priority: number };
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO question (uid, text, status, answer, note, priority, meeting_id,
                             ${anchorInsertColumns}, created_at, updated_at)
       VALUES (coalesce(:uid, lower(hex(randomblob(16)))), :text, :status, :answer, :note,
               :priority, :meetingId, ${anchorInsertValues}, :now, :now)`,
    )
    .run({
      uid: question.uid ?? null,
      text: question.text,
      status: question.status ?? 'draft',
      answer: question.answer ?? null,
      note: question.note ?? null,
      priority,
      meetingId: question.meetingId,
      ...anchorValues(question.anchor),
      changed: question.changed ? 1 : 0,
      now,
    });
  return Number(lastInsertRowid);
}

export interface NewWorkspaceNote {
  meetingId: number | null;
  body: string;
  anchor: AnchorColumns;
  uid?: string;
  changed?: boolean;
}

export function insertNote(
  db: Database.Database,
  note: NewWorkspaceNote,
  now: string = new Date().toISOString(),
): WorkspaceNote {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO note (uid, body, meeting_id, ${anchorInsertColumns}, created_at, updated_at)
       VALUES (coalesce(:uid, lower(hex(randomblob(16)))), :body, :meetingId,
               ${anchorInsertValues}, :now, :now)`,
    )
    .run({
      uid: note.uid ?? null,
      body: note.body,
      meetingId: note.meetingId,
      ...anchorValues(note.anchor),
      changed: note.changed ? 1 : 0,
      now,
    });
  return toNote(db.prepare(`${selectNotes} WHERE id = ?`).get(lastInsertRowid) as NoteRow);
}

export function deleteNote(db: Database.Database, id: number): boolean {
  return db.prepare('DELETE FROM note WHERE id = ?').run(id).changes > 0;
}

export interface WorkspaceChanges {
  text?: string;
  status?: Status;
  /** null clears it; undefined leaves it as it is. */
  answer?: string | null;
  note?: string | null;
}

/**
 * Returns false when there is no such question. Marking a carried question asked or answered from
 * the meeting it was carried to (`atMeetingId`) settles it there, so it stays listed under that
 * meeting; reopening it unsettles it.
 */
export function changeQuestion(
  db: Database.Database,
  id: number,
  changes: WorkspaceChanges,
  today: string,
  atMeetingId?: number,
  now: string = new Date().toISOString(),
): boolean {
  const before = db.prepare(`${selectQuestions} WHERE id = ?`).get(id) as QuestionRow | undefined;
  if (!before) return false;
  let settled = before.settledMeetingId;
  if (changes.status && openStatuses.includes(changes.status)) settled = null;
  else if (changes.status && settled === null && atMeetingId !== undefined) {
    const target = carriedTo(meetingsById(db), before, today);
    if (target?.id === atMeetingId) settled = atMeetingId;
  }
  db.prepare(
    `UPDATE question
        SET text = coalesce(:text, text), status = coalesce(:status, status),
            answer = CASE WHEN :setAnswer THEN :answer ELSE answer END,
            note = CASE WHEN :setNote THEN :note ELSE note END,
            settled_meeting_id = :settled, updated_at = :now
      WHERE id = :id`,
  ).run({
    id,
    text: changes.text ?? null,
    status: changes.status ?? null,
    setAnswer: changes.answer === undefined ? 0 : 1,
    answer: changes.answer?.trim() ? changes.answer : null,
    setNote: changes.note === undefined ? 0 : 1,
    note: changes.note?.trim() ? changes.note : null,
    settled,
    now,
  });
  return true;
}

/** Gives the questions priorities 1, 2, 3 … in the order given; returns the ids that exist. */
export function reorderQuestions(db: Database.Database, ids: number[]): number[] {
  const set = db.prepare('UPDATE question SET priority = ? WHERE id = ?');
  return db.transaction(() => ids.filter((id, index) => set.run(index + 1, id).changes > 0))();
}
