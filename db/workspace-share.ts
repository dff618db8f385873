// Sharing by file: a meeting's questions and notes written out with their anchors as words, and a
// colleague's file read into this store in one transaction. Entries already here (same uid) are
// left alone, so importing twice adds nothing and nothing of the member's own is overwritten.
import type Database from 'better-sqlite3';
import {
  shareFormat,
  shareVersion,
  type ShareFile,
  type SharedAnchor,
} from '../shared/anchors/share-file';
import { locate, type AnchorColumns } from './workspace-anchors';
import { insertNote, insertQuestion, meetingWorkspace } from './workspace-questions';

interface StoredAnchor {
  meetingId: number | null;
  committee: string | null;
  date: string | null;
  kind: SharedAnchor['kind'];
  agendaNumber: string | null;
  paragraph: string | null;
  quote: string | null;
  prefix: string | null;
  suffix: string | null;
  start: number | null;
  indicator: string | null;
  periodKey: string | null;
}

const storedAnchor = (table: 'question' | 'note') => `
  SELECT t.meeting_id AS meetingId, c.name AS committee, m.date, t.anchor_kind AS kind,
         t.anchor_agenda_number AS agendaNumber, t.anchor_paragraph_number AS paragraph,
         t.anchor_quote AS quote, t.anchor_prefix AS prefix, t.anchor_suffix AS suffix,
         t.anchor_start AS start, i.name AS indicator, t.period_key AS periodKey
    FROM ${table} t
    LEFT JOIN meeting m ON m.id = t.meeting_id
    LEFT JOIN committee c ON c.id = m.committee_id
    LEFT JOIN indicator i ON i.id = t.indicator_id
   WHERE t.id = ?`;

function sharedParts(row: StoredAnchor) {
  const { meetingId: _id, committee, date, ...anchor } = row;
  return { meeting: committee && date ? { committee, date } : null, anchor };
}

/** The meeting's questions (its own and those carried into it) and notes, as a share file. */
export function exportMeetingWork(
  db: Database.Database,
  meetingId: number,
  today: string,
  now: string = new Date().toISOString(),
): ShareFile {
  const meeting = db
    .prepare(
      'SELECT c.name AS committee, m.date FROM meeting m JOIN committee c ON c.id = m.committee_id WHERE m.id = ?',
    )
    .get(meetingId) as { committee: string; date: string };
  const work = meetingWorkspace(db, meetingId, today);
  const questionAnchor = db.prepare(storedAnchor('question'));
  const noteAnchor = db.prepare(storedAnchor('note'));
  return {
    format: shareFormat,
    version: shareVersion,
    exportedAt: now,
    meeting,
    questions: work.questions.map((question) => ({
      uid: question.uid,
      ...sharedParts(questionAnchor.get(question.id) as StoredAnchor),
      text: question.text,
      status: question.status,
      answer: question.answer,
      note: question.note,
    })),
    notes: work.notes.map((note) => ({
      uid: note.uid,
      ...sharedParts(noteAnchor.get(note.id) as StoredAnchor),
      body: note.body,
    })),
  };
}

export interface ShareImport {
  questionsAdded: number;
  questionsAlreadyHere: number;
  notesAdded: number;
  notesAlreadyHere: number;
  /** Entries whose meeting is not in this store: kept, without a meeting, for the member to file. */
  withoutMeeting: number;
  /** Entries whose quoted words were not found in this store's papers: kept and marked. */
  textChanged: number;
}

function findMeeting(db: Database.Database, meeting: ShareFile['questions'][number]['meeting']) {
  if (!meeting) return null;
  const row = db
    .prepare(
      `SELECT m.id FROM meeting m JOIN committee c ON c.id = m.committee_id
        WHERE m.date = ? AND lower(c.name) = lower(?)`,
    )
    .get(meeting.date, meeting.committee) as { id: number } | undefined;
  return row?.id ?? null;
}

/** Anchors a shared entry to this store's rows by its words; `changed` when they are not here. */
function anchorHere(
  db: Database.Database,
  meetingId: number | null,
  shared: SharedAnchor,
): { anchor: AnchorColumns; changed: boolean } {
  const indicatorId =
    shared.kind === 'indicator' && shared.indicator
      ? ((
          db
            .prepare('SELECT id FROM indicator WHERE lower(name) = lower(?)')
            .get(shared.indicator) as { id: number } | undefined
        )?.id ?? null)
      : null;
  const itemByNumber =
    meetingId !== null && shared.agendaNumber
      ? ((
          db
            .prepare('SELECT id FROM agenda_item WHERE meeting_id = ? AND number = ?')
            .get(meetingId, shared.agendaNumber) as { id: number } | undefined
        )?.id ?? null)
      : null;
  const base: AnchorColumns = {
    anchorKind: meetingId === null && shared.kind === 'meeting' ? 'none' : shared.kind,
    agendaItemId: itemByNumber,
    reportParagraphId: null,
    minuteId: null,
    resolutionId: null,
    indicatorId,
    periodKey: shared.periodKey,
    agendaNumber: shared.agendaNumber,
    paragraphNumber: shared.paragraph,
    quote: shared.quote,
    prefix: shared.prefix,
    suffix: shared.suffix,
    start: shared.start,
  };
  const textual = ['agenda-item', 'paragraph', 'minute', 'resolution'].includes(shared.kind);
  if (!textual || shared.quote === null) return { anchor: base, changed: false };
  const found = locate(db, { meetingId, ...shared, quote: shared.quote });
  if (!found) return { anchor: base, changed: meetingId !== null };
  return {
    anchor: {
      ...base,
      agendaItemId: found.agendaItemId ?? itemByNumber,
      reportParagraphId: found.paragraphId,
      minuteId: found.minuteId,
      resolutionId: found.resolutionId,
      agendaNumber: found.agendaNumber ?? shared.agendaNumber,
      paragraphNumber: found.paragraphNumber ?? shared.paragraph,
      start: found.start ?? shared.start,
    },
    changed: false,
  };
}

/** Reads a colleague's share file into this store in one transaction. */
export function importSharedWork(db: Database.Database, file: ShareFile): ShareImport {
  const result: ShareImport = {
    questionsAdded: 0,
    questionsAlreadyHere: 0,
    notesAdded: 0,
    notesAlreadyHere: 0,
    withoutMeeting: 0,
    textChanged: 0,
  };
  const hasQuestion = db.prepare('SELECT 1 FROM question WHERE uid = ?');
  const hasNote = db.prepare('SELECT 1 FROM note WHERE uid = ?');
  db.transaction(() => {
    for (const entry of file.questions) {
      if (hasQuestion.get(entry.uid)) {
        result.questionsAlreadyHere++;
        continue;
      }
      const meetingId = findMeeting(db, entry.meeting);
      const { anchor, changed } = anchorHere(db, meetingId, entry.anchor);
      insertQuestion(db, { ...entry, meetingId, anchor, changed });
      result.questionsAdded++;
      if (meetingId === null) result.withoutMeeting++;
      if (changed) result.textChanged++;
    }
    for (const entry of file.notes) {
      if (hasNote.get(entry.uid)) {
        result.notesAlreadyHere++;
        continue;
      }
      const meetingId = findMeeting(db, entry.meeting);
      const { anchor, changed } = anchorHere(db, meetingId, entry.anchor);
      insertNote(db, { uid: entry.uid, body: entry.body, meetingId, anchor, changed });
      result.notesAdded++;
      if (meetingId === null) result.withoutMeeting++;
      if (changed) result.textChanged++;
    }
  })();
  return result;
}
