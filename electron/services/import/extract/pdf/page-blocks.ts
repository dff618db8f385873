// Turns a PDF page's rows into the one document model: paragraphs where the line spacing, the font
// weight or the size changes, table rows where a row has cell gaps, two-column stretches read left
// column then right. MuPDF's own blocks are not used: Word-printed PDFs draw them out of order.
import type { BlockBox, DocumentBlock } from '../../../../../shared/document-blocks';
import { findColumnBlocks } from './page-columns';
import { piecesOf, rowsOf, type Row, type Segment, type StructuredPage } from './page-lines';

/** A block before the document's body size is known: relativeSize is set from `size` later. */
export interface PdfBlock extends DocumentBlock {
  size: number;
}

function boxOf(rows: Row[]): BlockBox {
  const segments = rows.flatMap((row) => row.segments);
  return {
    x0: Math.min(...segments.map((segment) => segment.x0)),
    y0: Math.min(...segments.map((segment) => segment.y - segment.height)),
    x1: Math.max(...segments.map((segment) => segment.x1)),
    y1: Math.max(...segments.map((segment) => segment.y)),
  };
}

const sizeOf = (row: Row) => Math.max(...row.segments.map((segment) => segment.height));
const boldRow = (row: Row) => row.segments.every((segment) => segment.bold);
const italicRow = (row: Row) => row.segments.every((segment) => segment.italic);

/**
 * The baseline step between lines of one paragraph, as a multiple of the font size: the smallest
 * step that recurs (paragraph gaps are larger, and on a page of short paragraphs more frequent).
 */
function usualLeading(runs: Row[][]): number {
  const steps: number[] = [];
  for (const rows of runs) {
    for (let index = 1; index < rows.length; index += 1) {
      const previous = rows[index - 1];
      const row = rows[index];
      if (!previous || !row || row.segments.length > 1 || previous.segments.length > 1) continue;
      const step = (row.y - previous.y) / sizeOf(row);
      if (step > 0.8 && step < 3) steps.push(Math.round(step * 20) / 20);
    }
  }
  const counts = new Map<number, number>();
  for (const step of steps) counts.set(step, (counts.get(step) ?? 0) + 1);
  const recurring = [...counts]
    .filter(([, count]) => count >= Math.max(2, 0.1 * steps.length))
    .map(([step]) => step);
  return recurring.length > 0 ? Math.min(...recurring) : Math.min(...steps, 1.2) || 1.2;
}

/** Whether `row` carries on the paragraph whose last row is `previous`. */
function continues(previous: Row, row: Row, leading: number): boolean {
  if (row.segments.length > 1 || previous.segments.length > 1) return false;
  const size = Math.max(sizeOf(previous), sizeOf(row));
  const step = row.y - previous.y;
  if (step <= 0 || step > size * Math.max(leading * 1.25, leading + 0.2)) return false;
  if (boldRow(previous) !== boldRow(row)) return false;
  return Math.abs(sizeOf(previous) - sizeOf(row)) <= 0.15 * size;
}

/** The column of a table row whose first line starts at `anchors` that a piece centred at x is in. */
function columnAt(anchors: Segment[], x: number): number {
  let column = 0;
  anchors.forEach((anchor, index) => {
    if (anchor.x0 - 2 <= x) column = index;
  });
  return column;
}

/** A cell that is one figure: "28.6%", "1,204", "£3.2m" (a header cell never is). */
const figure = /^[-–+(£$]?\d[\d,.]*(?:%|m|k|bn)?\)?$/;
const hasFigure = (row: Row) => row.segments.some((segment) => figure.test(segment.text));

/**
 * Whether `row` is a wrapped line of the table row whose lines so far are `rows`: a line step below
 * and filling at most half the columns (a row of its own fills most of them), or, in a header
 * (no figures on either line), any of them.
 */
function wrapsInto(rows: Row[], row: Row, leading: number): boolean {
  const [first] = rows;
  const last = rows[rows.length - 1];
  if (!first || !last || first.segments.length < 3) return false;
  const size = Math.max(sizeOf(last), sizeOf(row));
  const step = row.y - last.y;
  if (step <= 0 || step > size * Math.max(leading * 1.25, leading + 0.2)) return false;
  const left = (first.segments[0]?.x0 ?? 0) - 2;
  if (row.segments.some((segment) => segment.x0 < left)) return false;
  const filled = new Set(
    row.segments.map((segment) => columnAt(first.segments, (segment.x0 + segment.x1) / 2)),
  );
  return filled.size <= first.segments.length / 2 || (!hasFigure(first) && !hasFigure(row));
}

/** A table row's cells from its first line's columns, wrapped lines added to the cells above. */
function cellsOf(rows: Row[]): string[] {
  const anchors = rows[0]?.segments ?? [];
  const cells = anchors.map((anchor) => [anchor.text]);
  for (const row of rows.slice(1)) {
    for (const segment of row.segments) {
      cells[columnAt(anchors, (segment.x0 + segment.x1) / 2)]?.push(segment.text);
    }
  }
  return cells.map((parts) => parts.join(' '));
}

/** A line that starts after a deliberate break: a list marker, a decision word. */
const startsItem =
  /^(?:\(?(?:[a-zA-Z]|\d{1,3})[.)]\s|\d{1,3}(?:\.\d{1,3})+\.?\s|\(?[ivxIVX]{1,5}[.)]\s|[•·▪‣◦●■–-]\s|(?:RESOLVED|RECOMMENDED|AGREED|DECISION|DECIDED|NOTED|UNANIMOUSLY|PRESENT|APOLOGIES)\b)/;

/**
 * A paragraph's lines as a text conversion has them: a line the printer wrapped (the next line's
 * first word would not have fitted before the column's right edge) joins the line before it, so a
 * sentence, a wrapped name or a two-line heading reads as one line; deliberate breaks stay.
 */
function reflowed(rows: Row[], rightEdge: number): string[] {
  const lines: string[] = [];
  let previous: Segment | undefined;
  for (const row of rows) {
    const segment = row.segments[0];
    if (!segment) continue;
    const { text } = segment;
    const firstWord = text.split(' ')[0] ?? '';
    const wordWidth = ((segment.x1 - segment.x0) * firstWord.length) / Math.max(text.length, 1);
    const room = previous ? rightEdge - previous.x1 : 0;
    const wrapped = previous && room < wordWidth + 0.6 * segment.height && !startsItem.test(text);
    const last = lines.length - 1;
    if (wrapped && last >= 0) {
      const before = lines[last] ?? '';
      lines[last] = /\p{L}-$/u.test(before) ? `${before}${text}` : `${before} ${text}`;
    } else {
      lines.push(text);
    }
    previous = segment;
  }
  return lines;
}

function blockOf(rows: Row[], rightEdge: number): PdfBlock {
  const first = rows[0];
  const table = first !== undefined && first.segments.length > 1;
  const cells = table ? cellsOf(rows) : undefined;
  const lines = cells ? [cells.join('\t')] : reflowed(rows, rightEdge);
  const textRows = rows.filter((row) => row.segments.length > 0);
  return {
    kind: table ? 'table-row' : 'paragraph',
    lines,
    ...(cells ? { cells } : {}),
    box: boxOf(rows),
    style: {
      bold: textRows.every(boldRow),
      italic: textRows.every(italicRow),
      relativeSize: 1,
      headingLevel: null,
    },
    size: Math.max(...rows.map(sizeOf)),
  };
}

/** Splits rows read in order into paragraphs and table rows. */
function blocksOf(run: Row[], leading: number): PdfBlock[] {
  const blocks: PdfBlock[] = [];
  const rightEdge = Math.max(...run.flatMap((row) => row.segments.map((segment) => segment.x1)));
  let current: Row[] = [];
  for (const row of run) {
    const last = current[current.length - 1];
    const carriesOn = last && (continues(last, row, leading) || wrapsInto(current, row, leading));
    if (last && !carriesOn) {
      blocks.push(blockOf(current, rightEdge));
      current = [];
    }
    current.push(row);
  }
  if (current.length > 0) blocks.push(blockOf(current, rightEdge));
  return blocks;
}

/** The page's blocks in reading order, from MuPDF's structured text. */
export function pageBlocks(page: StructuredPage, pageWidth: number): PdfBlock[] {
  const { pieces, other } = piecesOf(page);
  const runs: Row[][] = [];
  if (pieces.length > 0) {
    let across: Row[] = [];
    for (const block of findColumnBlocks(rowsOf(pieces), pageWidth)) {
      // Rows read across the page stay one run, so a paragraph may span them.
      if (block.kind === 'rows') {
        across.push(...block.rows);
        continue;
      }
      if (across.length > 0) runs.push(across);
      across = [];
      runs.push(block.left, block.right);
    }
    if (across.length > 0) runs.push(across);
  }
  const leading = usualLeading(runs);
  const blocks = runs.flatMap((run) => blocksOf(run, leading));
  // Vertical or rotated text (a margin stamp, a rotated table heading) goes last, as one block.
  if (other.length > 0) {
    blocks.push({
      kind: 'paragraph',
      lines: other,
      style: { bold: false, italic: false, relativeSize: 1, headingLevel: null },
      size: 0,
    });
  }
  return blocks;
}
