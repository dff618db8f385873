// What committees resolved, with where and when, and the member's status for each: the current
// status is the latest event on the resolution's dated timeline, or 'open' when it has none.
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { resolutionStatusSchema, resolutionSummarySchema } from '../shared/contract';
import type { ListPage } from './meetings';

export type ResolutionSummary = z.infer<typeof resolutionSummarySchema>;
export type ResolutionStatus = z.infer<typeof resolutionStatusSchema>;

/**
 * SQL for a resolution's current status, for queries that alias the resolution table as r: the
 * latest entry on its own timeline or on the chair's action tracker (db/actions.ts), whichever
 * is more recent, so the minutes and the Actions page never disagree.
 */
export const currentStatusSql = `coalesce((SELECT s.status FROM (
                           SELECT e.status, e.created_at, e.id FROM resolution_event e
                            WHERE e.resolution_id = r.id
                           UNION ALL
                           SELECT ae.status, ae.created_at, ae.id FROM action_event ae
                             JOIN action_item a ON a.id = ae.action_id
                            WHERE a.resolution_id = r.id) s
                         ORDER BY s.created_at DESC, s.id DESC LIMIT 1), 'open')`;

/** Most recent meeting first; within a meeting, in the order the minutes printed them. */
export function listResolutions(db: Database.Database, page: ListPage = {}): ResolutionSummary[] {
  return db
    .prepare(
      `SELECT r.id, c.name AS committee, m.date AS meetingDate, mi.number AS minuteNumber,
              mi.title AS minuteTitle, r.label, r.text,
              ${currentStatusSql} AS status
         FROM meeting m INDEXED BY meeting_date
        -- Meetings newest first by their date index, so a page stops reading once it is full.
        CROSS JOIN committee c ON c.id = m.committee_id
        CROSS JOIN minute mi ON mi.meeting_id = m.id
        CROSS JOIN resolution r ON r.minute_id = mi.id
        ORDER BY m.date DESC, c.name, mi.position, mi.id, r.position, r.id
        LIMIT :limit OFFSET :offset`,
    )
    .all({ limit: page.limit ?? -1, offset: page.offset ?? 0 }) as ResolutionSummary[];
}

/** Adds a dated entry to a resolution's timeline, which becomes its current status. */
export function recordResolutionStatus(
  db: Database.Database,
  resolutionId: number,
  status: ResolutionStatus,
  note: string | null = null,
  now: string = new Date().toISOString(),
): void {
  db.prepare(
    `INSERT INTO resolution_event (resolution_id, status, note, created_at)
     VALUES (?, ?, ?, ?)`,
  ).run(resolutionId, status, note, now);
}
