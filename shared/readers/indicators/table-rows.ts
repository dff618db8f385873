// Text conversions of PDF tables spill cells over several lines: a name wraps onto a line of its
// own, a section heading sits alone in the first column. This file rebuilds the logical rows.
import { cellKind, cellsOf } from './columns';

export interface LogicalRow {
  kind: 'data' | 'section';
  cells: string[];
  /** Indexes into the region's lines that the row was read from. */
  from: number;
  to: number;
}

const TYPED = new Set(['none', 'frequency', 'period', 'figure', 'target', 'rag']);
const UNFINISHED =
  /(?:\b(?:of|to|and|the|in|within|for|at|by|with|or|a|an|who|which|on|per|from|than|into)|[-,(/&])$/i;

/** Whether wrapped text clearly goes on: a trailing "of", an open bracket, a hyphen. */
export function looksUnfinished(text: string): boolean {
  const trimmed = text.trim();
  const open = (trimmed.match(/\(/g) ?? []).length > (trimmed.match(/\)/g) ?? []).length;
  return open || UNFINISHED.test(trimmed);
}

function startsAsContinuation(text: string): boolean {
  return /^[a-z(),]/.test(text.trim());
}

function typedCount(cells: string[]): number {
  return cells.filter((cell) => TYPED.has(cellKind(cell))).length;
}

/** The cell holding the row's name: the last wordy cell before its first figure or period. */
export function nameCellIndex(cells: string[]): number {
  let index = -1;
  for (let column = 0; column < cells.length; column += 1) {
    const cell = cells[column] ?? '';
    if (TYPED.has(cellKind(cell))) break;
    if (cell) index = column;
  }
  return index;
}

function appendTo(row: LogicalRow, column: number, text: string, before = false): void {
  while (row.cells.length <= column) row.cells.push('');
  const current = row.cells[column] ?? '';
  row.cells[column] = (before ? [text, current] : [current, text]).filter(Boolean).join(' ');
}

/**
 * Groups table lines into data rows and section rows. A line with fewer than two figures, periods
 * or "N/A" cells is a fragment: it finishes the row above when that row's text is unfinished (or
 * the fragment starts in lower case), starts the row below when that row lacks a name or carries
 * on the fragment, and otherwise is a section heading.
 */
export function logicalRows(lines: string[]): LogicalRow[] {
  const rows: LogicalRow[] = [];
  const parsed = lines.map(cellsOf);
  let pending: { text: string; from: number } | null = null;
  parsed.forEach((cells, index) => {
    if (cells.every((cell) => !cell)) return;
    if (typedCount(cells) >= 2) {
      const row: LogicalRow = { kind: 'data', cells: [...cells], from: index, to: index };
      if (pending) {
        const nameAt = nameCellIndex(row.cells);
        appendTo(row, nameAt < 0 ? 0 : nameAt, pending.text, true);
        row.from = pending.from;
        pending = null;
      }
      rows.push(row);
      return;
    }
    const text = cells.filter(Boolean).join(' ');
    const previous = rows[rows.length - 1];
    if (previous?.kind === 'data' && previous.to === index - 1) {
      const nameAt = nameCellIndex(previous.cells);
      const previousName = nameAt < 0 ? '' : (previous.cells[nameAt] ?? '');
      if (nameAt < 0 || looksUnfinished(previousName) || startsAsContinuation(text)) {
        cells.forEach((cell, column) => {
          if (!cell) return;
          const sameColumn = column !== nameAt && (previous.cells[column] ?? '') !== '';
          appendTo(previous, sameColumn ? column : Math.max(nameAt, 0), cell);
        });
        previous.to = index;
        return;
      }
    }
    const next = parsed[index + 1];
    if (next && typedCount(next) >= 2) {
      const nextNameAt = nameCellIndex(next);
      const nextName = nextNameAt < 0 ? '' : (next[nextNameAt] ?? '');
      if (!nextName || startsAsContinuation(nextName) || looksUnfinished(text)) {
        pending = { text, from: index };
        return;
      }
    }
    rows.push({ kind: 'section', cells: [text], from: index, to: index });
  });
  return rows;
}
