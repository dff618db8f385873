// One search box over everything the store holds: report paragraphs, minutes, resolutions, the
// member's questions and notes, and every extracted page, best matches first with a short snippet.
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { searchHitSchema } from '../shared/contract';
import { toFtsQuery } from './fts-query';

export type SearchHit = z.infer<typeof searchHitSchema>;
type SearchKind = SearchHit['kind'];

/** snippet() over whichever column matched best: no markers, an ellipsis where text was cut. */
const snippetOf = (table: string): string => `snippet(${table}, -1, '', '', '…', 12)`;

/** Up to 80 characters of a member's own text, as the title of their question or note. */
const openingOf = (column: string): string =>
  `CASE WHEN length(${column}) > 80 THEN substr(${column}, 1, 79) || '…' ELSE ${column} END`;

/** For each kind: id, title, snippet, meetingDate and rank, matching :query, at most :limit. */
const queries: Record<SearchKind, string> = {
  paragraph: `
    SELECT p.id, CASE WHEN p.number IS NULL THEN r.title
                      ELSE r.title || ', paragraph ' || p.number END AS title,
           ${snippetOf('report_paragraph_fts')} AS snippet, m.date AS meetingDate, f.rank
      FROM report_paragraph_fts f
      JOIN report_paragraph p ON p.id = f.rowid
      JOIN report r ON r.id = p.report_id
      JOIN meeting m ON m.id = r.meeting_id
     WHERE report_paragraph_fts MATCH :query ORDER BY f.rank LIMIT :limit`,
  minute: `
    SELECT mi.id, 'Minute ' || mi.number || ': ' || mi.title AS title,
           ${snippetOf('minute_fts')} AS snippet, m.date AS meetingDate, f.rank
      FROM minute_fts f
      JOIN minute mi ON mi.id = f.rowid
      JOIN meeting m ON m.id = mi.meeting_id
     WHERE minute_fts MATCH :query ORDER BY f.rank LIMIT :limit`,
  resolution: `
    SELECT r.id,
           'Resolution ' || mi.number || coalesce('(' || r.label || ')', '') || ': ' || mi.title
             AS title,
           ${snippetOf('resolution_fts')} AS snippet, m.date AS meetingDate, f.rank
      FROM resolution_fts f
      JOIN resolution r ON r.id = f.rowid
      JOIN minute mi ON mi.id = r.minute_id
      JOIN meeting m ON m.id = mi.meeting_id
     WHERE resolution_fts MATCH :query ORDER BY f.rank LIMIT :limit`,
  question: `
    SELECT q.id, ${openingOf('q.text')} AS title,
           ${snippetOf('question_fts')} AS snippet, m.date AS meetingDate, f.rank
      FROM question_fts f
      JOIN question q ON q.id = f.rowid
      LEFT JOIN meeting m ON m.id = q.meeting_id
     WHERE question_fts MATCH :query ORDER BY f.rank LIMIT :limit`,
  note: `
    SELECT n.id, ${openingOf('n.body')} AS title,
           ${snippetOf('note_fts')} AS snippet, m.date AS meetingDate, f.rank
      FROM note_fts f
      JOIN note n ON n.id = f.rowid
      LEFT JOIN meeting m ON m.id = n.meeting_id
     WHERE note_fts MATCH :query ORDER BY f.rank LIMIT :limit`,
  page: `
    SELECT p.id, d.file_name || ', page ' || p.page_number AS title,
           ${snippetOf('document_page_fts')} AS snippet, m.date AS meetingDate, f.rank
      FROM document_page_fts f
      JOIN document_page p ON p.id = f.rowid
      JOIN document d ON d.id = p.document_id
      LEFT JOIN meeting m ON m.id = d.meeting_id
     WHERE document_page_fts MATCH :query ORDER BY f.rank LIMIT :limit`,
};

const searchKinds = Object.keys(queries) as SearchKind[];

interface RankedRow {
  id: number;
  title: string;
  snippet: string;
  meetingDate: string | null;
  rank: number;
}

/**
 * Searches every kind for rows holding all the words typed (any order, stemmed), best bm25 rank
 * first. Any text is accepted: it is quoted term by term, and text with no words finds nothing.
 */
export function searchStore(db: Database.Database, text: string, limit = 50): SearchHit[] {
  const query = toFtsQuery(text);
  if (query === null) return [];
  const hits = searchKinds.flatMap((kind) =>
    (db.prepare(queries[kind]).all({ query, limit }) as RankedRow[]).map((row) => ({ kind, row })),
  );
  hits.sort((a, b) => a.row.rank - b.row.rank);
  return hits.slice(0, limit).map(({ kind, row }) => ({
    kind,
    id: row.id,
    title: row.title,
    snippet: row.snippet.replace(/\s+/g, ' ').trim(),
    meetingDate: row.meetingDate,
  }));
}
