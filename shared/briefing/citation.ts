// How a briefing names its sources: the file and page (`p. 12`), with the lines where the store
// knows them, the same words in every format.
import type { BriefingSource, Citation } from './types';

interface SourceLike {
  documentId: number;
  page: number;
  lineFrom?: number | null;
  lineTo?: number | null;
}

export function citationOf(
  source: SourceLike | null | undefined,
  files: Map<number, Pick<BriefingSource, 'file'>>,
): Citation | null {
  if (!source) return null;
  return {
    documentId: source.documentId,
    file: files.get(source.documentId)?.file ?? `document ${source.documentId}`,
    page: source.page,
    lineFrom: source.lineFrom ?? null,
    lineTo: source.lineTo ?? null,
  };
}

/** "pack.pdf, p. 12" or "pack.txt, p. 1, lines 365–369". */
export function citationText(citation: Citation): string {
  const lines =
    citation.lineFrom === null
      ? ''
      : citation.lineTo !== null && citation.lineTo !== citation.lineFrom
        ? `, lines ${citation.lineFrom}–${citation.lineTo}`
        : `, line ${citation.lineFrom}`;
  return `${citation.file}, p. ${citation.page}${lines}`;
}

/** "(Source: pack.pdf, p. 12)", or nothing when the store does not know where it was printed. */
export function sourceNote(citation: Citation | null): string {
  return citation ? `(Source: ${citationText(citation)})` : '';
}
