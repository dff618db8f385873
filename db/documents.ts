// The text of one page of an imported document, for the "source" view: a member can always see
// the words a figure or resolution was read from.
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { documentPageSchema } from '../shared/contract';

export type DocumentPage = z.infer<typeof documentPageSchema>;

export function getDocumentPage(
  db: Database.Database,
  documentId: number,
  page: number,
): DocumentPage | null {
  const row = db
    .prepare(
      `SELECT d.id AS documentId, d.file_name AS fileName, p.page_number AS page, d.page_count AS pageCount, p.text
         FROM document d JOIN document_page_text p ON p.document_id = d.id
        WHERE d.id = ? AND p.page_number = ?`,
    )
    .get(documentId, page);
  return (row as DocumentPage | undefined) ?? null;
}
