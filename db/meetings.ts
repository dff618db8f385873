// Meetings as the member sees them in a list: the ones still to come first (soonest first), then
// the ones already held (most recent first), each with how many agenda items it has.
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { meetingSummarySchema } from '../shared/contract';

export type MeetingSummary = z.infer<typeof meetingSummarySchema>;

/** `today` is a local date, YYYY-MM-DD; a meeting on that day counts as upcoming. */
/** One page of a list: `limit` rows after the first `offset`; every row when left out. */
export interface ListPage {
  limit?: number;
  offset?: number;
}

export function listMeetings(
  db: Database.Database,
  today: string,
  page: ListPage = {},
): MeetingSummary[] {
  return db
    .prepare(
      `SELECT m.id, c.name AS committee, m.date, m.time, m.location, m.status,
              (SELECT count(*) FROM agenda_item a WHERE a.meeting_id = m.id) AS agendaItemCount
         FROM meeting m
         JOIN committee c ON c.id = m.committee_id
        ORDER BY m.date < :today,
                 CASE WHEN m.date >= :today THEN m.date END ASC,
                 CASE WHEN m.date < :today THEN m.date END DESC,
                 c.name, m.id
        LIMIT :limit OFFSET :offset`,
    )
    .all({ today, limit: page.limit ?? -1, offset: page.offset ?? 0 }) as MeetingSummary[];
}

export function meetingExists(db: Database.Database, id: number): boolean {
  return db.prepare('SELECT 1 FROM meeting WHERE id = ?').get(id) !== undefined;
}
