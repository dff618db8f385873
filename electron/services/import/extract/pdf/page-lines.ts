// Rebuilds a PDF page's printed lines from MuPDF's structured text. MuPDF gives lines in the order
// the PDF draws them, and Word-printed PDFs (Aspose.Words on modern.gov) draw one printed line as
// several: a bold "84." beside its title, a justified line cut at its widest spaces. Here pieces
// sharing a baseline become one row, joined by a space, or by a TAB where a table cell gap is.

/** MuPDF's `asJSON()` for one page: only the fields read here. */
export interface StructuredPage {
  blocks: {
    type: string;
    lines?: {
      wmode: number;
      bbox: { x: number; y: number; w: number; h: number };
      font: { name: string; weight: string; style: string; size: number };
      x: number;
      y: number;
      text: string;
    }[];
  }[];
}

/** One run of text MuPDF placed on a baseline, with its font. */
export interface TextPiece {
  text: string;
  x0: number;
  x1: number;
  /** Baseline, from the top of the page. */
  y: number;
  size: number;
  bold: boolean;
  italic: boolean;
}

/** A run of pieces on one baseline with no cell-sized gap inside it. */
export interface Segment {
  x0: number;
  x1: number;
  y: number;
  height: number;
  text: string;
  bold: boolean;
  italic: boolean;
}

/** Pieces sharing a baseline, split into segments at cell-sized gaps. */
export interface Row {
  y: number;
  segments: Segment[];
}

const boldName = /bold|black|heavy|semibold|demi/i;
const italicName = /italic|oblique/i;

/** The page's horizontal text pieces, and the text of any vertical or rotated lines. */
export function piecesOf(page: StructuredPage): { pieces: TextPiece[]; other: string[] } {
  const pieces: TextPiece[] = [];
  const other: string[] = [];
  for (const block of page.blocks) {
    for (const line of block.lines ?? []) {
      if (line.text.trim() === '') continue;
      if (line.wmode !== 0) {
        other.push(line.text.replace(/\s+/g, ' ').trim());
        continue;
      }
      const { font } = line;
      pieces.push({
        text: line.text,
        x0: line.bbox.x,
        x1: line.bbox.x + line.bbox.w,
        y: line.y,
        size: font.size || line.bbox.h || 10,
        bold: font.weight === 'bold' || boldName.test(font.name),
        italic: font.style === 'italic' || italicName.test(font.name),
      });
    }
  }
  return { pieces, other };
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Groups pieces whose baselines are within a fraction of the font size, each left to right. */
function groupByBaseline(pieces: TextPiece[]): TextPiece[][] {
  const sorted = [...pieces].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const groups: { y: number; size: number; pieces: TextPiece[] }[] = [];
  for (const piece of sorted) {
    const last = groups[groups.length - 1];
    const tolerance = 0.35 * Math.min(piece.size, last?.size ?? piece.size);
    if (last && Math.abs(piece.y - last.y) <= tolerance) {
      last.pieces.push(piece);
    } else {
      groups.push({ y: piece.y, size: piece.size, pieces: [piece] });
    }
  }
  return groups.map((group) => group.pieces.sort((a, b) => a.x0 - b.x0));
}

/** A paragraph or item number printed apart from its title: "84.", "12/23", "(a)", "A4", "•". */
const label =
  /^(?:\(?[0-9]{1,4}(?:[./][0-9]{1,4})*[.)]?|\(?[a-z]{1,4}[.)]|\(?[ivx]{1,6}[.)]|[A-Z]{1,4} ?[0-9]{1,4}(?:[./][0-9]{1,4})?\.?|[•·▪‣◦●■–-])$/i;

/** Width of the spaces a piece ends with, which MuPDF includes in its box. */
function visibleEnd(piece: TextPiece): number {
  const trailing = piece.text.length - piece.text.trimEnd().length;
  return piece.x1 - trailing * 0.28 * piece.size;
}

/**
 * Whether the gaps between pieces are a justified line's stretched spaces: all within a point or
 * two of each other and the row running to the page's right text edge.
 */
function isJustified(pieces: TextPiece[], gaps: number[], rightEdge: number): boolean {
  const last = pieces[pieces.length - 1];
  if (!last || gaps.length === 0 || Math.abs(last.x1 - rightEdge) > 3) return false;
  const size = median(pieces.map((piece) => piece.size)) ?? 10;
  // One gap alone could be a gutter between columns that share baselines: only a word space wide.
  const widest = gaps.length === 1 ? 1.8 * size : 4 * size;
  return Math.max(...gaps) - Math.min(...gaps) <= 2.5 && Math.max(...gaps) < widest;
}

/**
 * Splits one baseline's pieces into segments: a gap over 1.2 em is a cell gap, and so is a narrower
 * one before a piece that starts where pieces of other rows start (a column of a table whose cells
 * are filled to the edge, such as agenda page references).
 */
function segmentRow(pieces: TextPiece[], rightEdge: number, columns: number[]): Row {
  const isColumnStart = (x: number) => columns.some((column) => Math.abs(column - x) <= 1.5);
  const gaps = pieces.slice(1).map((piece, index) => piece.x0 - (pieces[index]?.x1 ?? 0));
  // A number printed apart from its title is not one of a justified line's stretched spaces.
  const labelled = label.test(pieces[0]?.text.trim() ?? '') ? 1 : 0;
  // A piece in a column that other rows share is a table cell, however even the gaps.
  const justified =
    !pieces.slice(labelled + 1).some((piece) => isColumnStart(piece.x0)) &&
    isJustified(pieces.slice(labelled), gaps.slice(labelled), rightEdge);
  const segments: Segment[] = [];
  pieces.forEach((piece, index) => {
    const current = segments[segments.length - 1];
    const previous = pieces[index - 1];
    const em = Math.min(piece.size, previous?.size ?? piece.size);
    const gap = previous ? piece.x0 - visibleEnd(previous) : 0;
    const afterLabel =
      current !== undefined &&
      index === 1 &&
      label.test(current.text.trim()) &&
      gap < 8 * em &&
      // A bare reference ("HC3", "07") before a column other rows share is a cell of its own.
      (/[.)]$/.test(current.text.trim()) || !isColumnStart(piece.x0));
    const cellGap = gap > 1.2 * em || (gap > 0.5 * em && isColumnStart(piece.x0));
    if (!current || (!justified && !afterLabel && cellGap)) {
      segments.push({
        x0: piece.x0,
        x1: piece.x1,
        y: piece.y,
        height: piece.size,
        text: piece.text,
        bold: piece.bold,
        italic: piece.italic,
      });
      return;
    }
    const joinsWithSpace = gap > 0.12 * em && !/\s$/.test(current.text) && !/^\s/.test(piece.text);
    current.text += (joinsWithSpace ? ' ' : '') + piece.text;
    current.x1 = Math.max(current.x1, piece.x1);
    current.height = Math.max(current.height, piece.size);
    // A bold number before a plain title still makes a plain line, and the reverse.
    current.bold = current.bold && piece.bold;
    current.italic = current.italic && piece.italic;
  });
  for (const segment of segments) segment.text = segment.text.replace(/\s+/g, ' ').trim();
  return { y: pieces[0]?.y ?? 0, segments: segments.filter((segment) => segment.text !== '') };
}

/** The page's rows top to bottom, each with its segments left to right. */
export function rowsOf(pieces: TextPiece[]): Row[] {
  const rightEdge = Math.max(...pieces.map((piece) => piece.x1));
  const groups = groupByBaseline(pieces);
  // Where pieces after the first of a row start, counted once per row, to the nearest point.
  const starts = new Map<number, number>();
  for (const group of groups) {
    for (const x of new Set(group.slice(1).map((piece) => Math.round(piece.x0)))) {
      starts.set(x, (starts.get(x) ?? 0) + 1);
    }
  }
  const shared = (at: number) =>
    (starts.get(at - 1) ?? 0) + (starts.get(at) ?? 0) + (starts.get(at + 1) ?? 0);
  const columns = [...starts.keys()].filter((at) => shared(at) >= 3).sort((a, b) => a - b);
  return groups
    .map((group) => segmentRow(group, rightEdge, columns))
    .filter((row) => row.segments.length > 0);
}
