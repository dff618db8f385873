// What a briefing needs from the store beyond the meeting page: which agenda item each indicator in
// the meeting's papers belongs to, the council that published them, and every document a briefing
// may cite (file, date, sha256) for its appendix of sources.
import type Database from 'better-sqlite3';

export interface IndicatorItemLink {
  indicatorId: number;
  agendaItemId: number;
}

/**
 * Indicators stated in the meeting's own papers, each given to one agenda item: the item whose
 * report printed the sentence; else the item whose pages hold the table; else the meeting's
 * performance report item.
 */
export function indicatorItemsForMeeting(
  db: Database.Database,
  meetingId: number,
): IndicatorItemLink[] {
  const statements = db
    .prepare(
      `SELECT v.indicator_id AS indicatorId, s.page, r.agenda_item_id AS paragraphItemId,
              (SELECT t.id FROM agenda_item t WHERE t.meeting_id = ? AND lower(trim(t.title, ' .')) = lower(trim(r.title, ' .'))
                ORDER BY t.position LIMIT 1) AS titleItemId
         FROM indicator_statement s
         JOIN indicator_value v ON v.id = s.indicator_value_id
         JOIN document d ON d.id = s.document_id
         LEFT JOIN report_paragraph p ON p.id = s.report_paragraph_id
         LEFT JOIN report r ON r.id = p.report_id
        WHERE d.meeting_id = ?
        ORDER BY s.id`,
    )
    .all(meetingId, meetingId) as {
    indicatorId: number;
    page: number | null;
    paragraphItemId: number | null;
    titleItemId: number | null;
  }[];
  const items = db
    .prepare(
      `SELECT id, title, page_from AS pageFrom, page_to AS pageTo FROM agenda_item
        WHERE meeting_id = ? ORDER BY position`,
    )
    .all(meetingId) as {
    id: number;
    title: string;
    pageFrom: number | null;
    pageTo: number | null;
  }[];
  const performance = items.find((item) => /\bperformance\b/i.test(item.title));
  const byPage = (page: number | null) =>
    page === null
      ? undefined
      : items.find(
          (item) =>
            item.pageFrom !== null &&
            item.pageTo !== null &&
            item.pageFrom < item.pageTo &&
            page >= item.pageFrom &&
            page <= item.pageTo,
        );
  const links = new Map<number, number>();
  for (const statement of statements) {
    const itemId =
      statement.paragraphItemId ??
      statement.titleItemId ??
      byPage(statement.page)?.id ??
      performance?.id;
    if (itemId !== undefined && !links.has(statement.indicatorId))
      links.set(statement.indicatorId, itemId);
  }
  return [...links].map(([indicatorId, agendaItemId]) => ({ indicatorId, agendaItemId }));
}

/** The council named by the papers' indicators, the most common one; null when none says. */
export function councilForMeeting(db: Database.Database, meetingId: number): string | null {
  const row = db
    .prepare(
      `SELECT i.council, count(*) AS n FROM indicator_statement s
         JOIN indicator_value v ON v.id = s.indicator_value_id
         JOIN indicator i ON i.id = v.indicator_id
         JOIN document d ON d.id = s.document_id
        WHERE d.meeting_id = ? AND i.council IS NOT NULL
        GROUP BY i.council ORDER BY n DESC LIMIT 1`,
    )
    .get(meetingId) as { council: string } | undefined;
  return row?.council ?? null;
}

export interface CitableDocument {
  documentId: number;
  file: string;
  sha256: string;
  meetingDate: string | null;
  importedAt: string;
  pages: number;
}

export function citableDocuments(db: Database.Database): CitableDocument[] {
  return db
    .prepare(
      `SELECT d.id AS documentId, d.file_name AS file, d.sha256, m.date AS meetingDate,
              d.imported_at AS importedAt, d.page_count AS pages
         FROM document d LEFT JOIN meeting m ON m.id = d.meeting_id ORDER BY d.id`,
    )
    .all() as CitableDocument[];
}
