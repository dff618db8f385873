// One document model for every format: extraction (PDF through MuPDF, Word XML, plain text) gives
// pages of blocks with their lines, boxes and style hints, so the pure readers see a PDF, a DOCX
// and a text conversion of the same pack alike.

/** A rectangle on the page in PDF points, origin top-left (MuPDF's convention). */
export interface BlockBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Style hints a reader may use to tell a heading, a table or a new paragraph. */
export interface BlockStyle {
  /** Every line (or the whole run of text) is bold. */
  bold: boolean;
  italic: boolean;
  /** Font size relative to the document's body text: 1 is body, 1.4 a larger heading. */
  relativeSize: number;
  /** 1–6 where the source says it is a heading (Word heading style, PDF font, text conventions). */
  headingLevel: number | null;
}

export type BlockKind = 'paragraph' | 'table-row' | 'list-item';

/** A paragraph, a list item or one row of a table, as printed. */
export interface DocumentBlock {
  kind: BlockKind;
  /** The block's printed lines, in reading order, without page furniture. */
  lines: string[];
  /** For a table row: the cells left to right (each cell's lines joined by a space). */
  cells?: string[];
  /** For a table row: the first row of a table, set apart from a table just before it. */
  tableStart?: boolean;
  /** Where the block sits on the page, when the format knows (PDF). */
  box?: BlockBox;
  style: BlockStyle;
}

export interface DocumentPage {
  /** 1-based, as printed order in the file. */
  number: number;
  blocks: DocumentBlock[];
}

export const plainStyle: BlockStyle = {
  bold: false,
  italic: false,
  relativeSize: 1,
  headingLevel: null,
};

/** The one line a block prints as: a table row's cells separated by tabs, otherwise its lines. */
function blockText(block: DocumentBlock): string {
  return block.kind === 'table-row' && block.cells
    ? block.cells.join('\t')
    : block.lines.join('\n');
}

/**
 * A page's text as the line-based readers read it: blocks separated by a blank line, a table row's
 * cells separated by tabs, and the rows of one table on consecutive lines as a text conversion
 * prints them. Every format renders through this one function.
 */
export function pageText(page: DocumentPage): string {
  let text = '';
  page.blocks.forEach((block, index) => {
    const previous = page.blocks[index - 1];
    const sameTable =
      previous?.kind === 'table-row' && block.kind === 'table-row' && !block.tableStart;
    if (previous) text += sameTable ? '\n' : '\n\n';
    text += blockText(block);
  });
  return text;
}
