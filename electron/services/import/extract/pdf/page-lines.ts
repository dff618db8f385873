// Rebuilds a PDF page's text lines from positioned text items: rows by baseline, a space for a word
// gap and a TAB for a cell gap, and two-column pages read left column first, then right.
import { findColumnBlocks } from './page-columns';

/** One text item in viewport space (origin top left, y downwards to the baseline). */
export interface PositionedText {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A run of items on one baseline with no cell-sized gap inside it. */
export interface Segment {
  x0: number;
  x1: number;
  y: number;
  height: number;
  text: string;
}

/** Items sharing a baseline, split into segments at cell-sized gaps. */
export interface Row {
  y: number;
  segments: Segment[];
}

/** Flat item arrays as the worker posts them: 5 numbers per item, see pdf-worker.mjs. */
export function itemsFromGeometry(
  texts: readonly string[],
  geometry: Float64Array,
): { horizontal: PositionedText[]; other: string[] } {
  const horizontal: PositionedText[] = [];
  const other: string[] = [];
  texts.forEach((text, index) => {
    const at = index * 5;
    const [x, y, width, height, isHorizontal] = geometry.subarray(at, at + 5);
    if (isHorizontal === 1) {
      horizontal.push({ text, x: x ?? 0, y: y ?? 0, width: width ?? 0, height: height ?? 0 });
    } else {
      other.push(text.trim());
    }
  });
  return { horizontal, other };
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Groups items whose baselines are within a fraction of the font height. */
function groupByBaseline(items: PositionedText[]): PositionedText[][] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: { y: number; height: number; items: PositionedText[] }[] = [];
  for (const item of sorted) {
    const last = groups[groups.length - 1];
    const tolerance = 0.35 * Math.min(item.height, last?.height ?? item.height);
    if (last && Math.abs(item.y - last.y) <= tolerance) {
      last.items.push(item);
    } else {
      groups.push({ y: item.y, height: item.height, items: [item] });
    }
  }
  return groups.map((group) => group.items.sort((a, b) => a.x - b.x));
}

/**
 * Splits one baseline's items into segments. A gap is a cell break when it is wider than 1.2 em
 * and than twice the row's usual word gap (justified text spreads words almost that far).
 */
function segmentRow(items: PositionedText[]): Row {
  const gaps: number[] = [];
  for (let index = 1; index < items.length; index += 1) {
    const previous = items[index - 1];
    const item = items[index];
    if (previous && item) gaps.push(item.x - (previous.x + previous.width));
  }
  const em = median(items.map((item) => item.height)) ?? 10;
  const wordGap = median(gaps.filter((gap) => gap > 0.1 * em && gap <= 1.5 * em)) ?? 0;
  const cellGap = Math.max(1.2 * em, 2 * wordGap);
  const segments: Segment[] = [];
  items.forEach((item, index) => {
    const current = segments[segments.length - 1];
    const gap = gaps[index - 1] ?? 0;
    if (!current || gap > cellGap) {
      segments.push({
        x0: item.x,
        x1: item.x + item.width,
        y: item.y,
        height: item.height,
        text: item.text,
      });
      return;
    }
    const joinsWithSpace = gap > 0.12 * em && !/\s$/.test(current.text) && !/^\s/.test(item.text);
    current.text += (joinsWithSpace ? ' ' : '') + item.text;
    current.x1 = Math.max(current.x1, item.x + item.width);
    current.height = Math.max(current.height, item.height);
  });
  for (const segment of segments) segment.text = segment.text.replace(/\s+/g, ' ').trim();
  return { y: items[0]?.y ?? 0, segments };
}

export function rowsOf(items: PositionedText[]): Row[] {
  return groupByBaseline(items).map(segmentRow);
}

function lineOf(segments: Segment[]): string {
  return segments.map((segment) => segment.text).join('\t');
}

/** The page's lines in reading order, table cells joined by TAB. */
export function pageLines(items: PositionedText[], pageWidth: number): string[] {
  const rows = rowsOf(items);
  const lines: string[] = [];
  for (const block of findColumnBlocks(rows, pageWidth)) {
    if (block.kind === 'rows') {
      for (const row of block.rows) lines.push(lineOf(row.segments));
      continue;
    }
    for (const side of [block.left, block.right]) {
      for (const row of side) lines.push(lineOf(row.segments));
    }
  }
  return lines.filter((line) => line !== '');
}
