// The member's own questions: listed, written, edited and deleted. These rows belong to the member,
// so nothing here is touched by imports, and links to imported rows fall back to null if those go.
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { questionSchema, questionStatusSchema } from '../shared/contract';

export type Question = z.infer<typeof questionSchema>;
export type QuestionStatus = z.infer<typeof questionStatusSchema>;

export interface NewQuestion {
  text: string;
  meetingId?: number | null;
  indicatorId?: number | null;
}

export interface QuestionChanges {
  text?: string;
  status?: QuestionStatus;
}

const selectQuestion = `
  SELECT id, text, status, meeting_id AS meetingId, agenda_item_id AS agendaItemId,
         indicator_id AS indicatorId, resolution_id AS resolutionId,
         created_at AS createdAt, updated_at AS updatedAt
    FROM question`;

/** Oldest first, so a list reads in the order the member wrote it. */
export function listQuestions(db: Database.Database, meetingId?: number): Question[] {
  if (meetingId === undefined) {
    return db.prepare(`${selectQuestion} ORDER BY created_at, id`).all() as Question[];
  }
  return db
    .prepare(`${selectQuestion} WHERE meeting_id = ? ORDER BY created_at, id`)
    .all(meetingId) as Question[];
}

export function getQuestion(db: Database.Database, id: number): Question | null {
  return (db.prepare(`${selectQuestion} WHERE id = ?`).get(id) as Question | undefined) ?? null;
}

/** Throws (a foreign key failure) if the meeting does not exist. */
export function createQuestion(
  db: Database.Database,
  question: NewQuestion,
  now: string = new Date().toISOString(),
): Question {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO question (text, meeting_id, indicator_id, created_at, updated_at)
       VALUES (:text, :meetingId, :indicatorId, :now, :now)`,
    )
    .run({
      text: question.text,
      meetingId: question.meetingId ?? null,
      indicatorId: question.indicatorId ?? null,
      now,
    });
  const created = getQuestion(db, Number(lastInsertRowid));
  if (!created) throw new Error(`question ${lastInsertRowid} vanished as it was written`);
  return created;
}

/** Returns null when there is no such question; otherwise the question as now stored. */
export function updateQuestion(
  db: Database.Database,
  id: number,
  changes: QuestionChanges,
  now: string = new Date().toISOString(),
): Question | null {
  const { changes: updated } = db
    .prepare(
      `UPDATE question
          SET text = coalesce(:text, text), status = coalesce(:status, status), updated_at = :now
        WHERE id = :id`,
    )
    .run({ id, text: changes.text ?? null, status: changes.status ?? null, now });
  return updated === 0 ? null : getQuestion(db, id);
}

/** Returns whether a question was deleted (false when there was none with that id). */
export function deleteQuestion(db: Database.Database, id: number): boolean {
  return db.prepare('DELETE FROM question WHERE id = ?').run(id).changes > 0;
}
