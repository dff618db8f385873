// Finds two-column stretches of a page (newsletter-style reports) so they read left column then
// right, while tables and right-aligned page references, which also leave vertical gaps, stay rows.
import type { Row, Segment } from './page-lines';

export type ColumnBlock =
  { kind: 'rows'; rows: Row[] } | { kind: 'columns'; left: Row[]; right: Row[] };

const minimumLinesPerColumn = 3;

function crosses(segment: Segment, x: number): boolean {
  return segment.x0 < x - 0.5 && segment.x1 > x + 0.5;
}

/** The centre of the widest vertical strip in the middle of the page that the fewest segments cross. */
function gutterOf(rows: Row[], pageWidth: number): number | undefined {
  const segments = rows.flatMap((row) => row.segments);
  let best: { crossings: number; start: number; end: number } | undefined;
  let run: { crossings: number; start: number; end: number } | undefined;
  for (let x = Math.round(0.3 * pageWidth); x <= 0.7 * pageWidth; x += 1) {
    const crossings = segments.filter((segment) => crosses(segment, x)).length;
    if (run && run.crossings === crossings && run.end === x - 1) {
      run.end = x;
    } else {
      run = { crossings, start: x, end: x };
    }
    const runWidth = run.end - run.start;
    if (
      !best ||
      run.crossings < best.crossings ||
      (run.crossings === best.crossings && runWidth > best.end - best.start)
    ) {
      best = { ...run };
    }
  }
  return best && best.crossings < segments.length / 2 ? (best.start + best.end) / 2 : undefined;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Prose columns: one segment per row on each side, and lines that mostly fill their column. */
function readsAsColumns(rows: Row[], gutter: number): boolean {
  const left = rows.flatMap((row) => row.segments.filter((segment) => segment.x1 <= gutter));
  const right = rows.flatMap((row) => row.segments.filter((segment) => segment.x0 >= gutter));
  if (left.length < minimumLinesPerColumn || right.length < minimumLinesPerColumn) return false;
  const crowdedRows = rows.filter(
    (row) =>
      row.segments.filter((segment) => segment.x1 <= gutter).length > 1 ||
      row.segments.filter((segment) => segment.x0 >= gutter).length > 1,
  ).length;
  if (crowdedRows > 0.1 * rows.length) return false;
  const leftEdge = Math.min(...left.map((segment) => segment.x0));
  const rightEdge = Math.max(...right.map((segment) => segment.x1));
  const leftFill = median(left.map((segment) => segment.x1 - segment.x0)) / (gutter - leftEdge);
  const rightFill = median(right.map((segment) => segment.x1 - segment.x0)) / (rightEdge - gutter);
  return leftFill >= 0.55 && rightFill >= 0.55;
}

function side(rows: Row[], keep: (segment: Segment) => boolean): Row[] {
  return rows
    .map((row) => ({ y: row.y, segments: row.segments.filter(keep) }))
    .filter((row) => row.segments.length > 0);
}

/** Splits the page's rows into runs read across (rows) and runs read column by column. */
export function findColumnBlocks(rows: Row[], pageWidth: number): ColumnBlock[] {
  const gutter = rows.length >= 2 * minimumLinesPerColumn ? gutterOf(rows, pageWidth) : undefined;
  if (gutter === undefined) return [{ kind: 'rows', rows }];
  const blocks: ColumnBlock[] = [];
  let pending: Row[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    if (readsAsColumns(pending, gutter)) {
      blocks.push({
        kind: 'columns',
        left: side(pending, (segment) => segment.x1 <= gutter),
        right: side(pending, (segment) => segment.x0 >= gutter),
      });
    } else {
      blocks.push({ kind: 'rows', rows: pending });
    }
    pending = [];
  };
  for (const row of rows) {
    if (row.segments.some((segment) => crosses(segment, gutter))) {
      flush();
      blocks.push({ kind: 'rows', rows: [row] });
    } else {
      pending.push(row);
    }
  }
  flush();
  return blocks;
}
