// Rows of a converted table lose cells and gain stray ones, so a cell's position does not say which
// column it belongs to. This file lines a row's cells up with the header's columns by what they hold.
import { cellKind, fit } from './columns';
import { nameCellIndex } from './table-rows';
import type { ColumnRole } from './types';

const TEXT_ROLES = new Set<ColumnRole | null>(['topic', 'theme', 'name']);
const MISSING_CELL = -0.5;
const EXTRA_CELL = -2.5;
const EXTRA_BLANK = -0.2;
const IN_PLACE = 0.3;

export interface AlignedRow {
  /** The wordy cells, in the roles they were read into. */
  topic: string | null;
  theme: string | null;
  name: string;
  /** Every other column's cell by role ('' where the row has no cell for it). */
  cells: Partial<Record<ColumnRole, string>>;
  /** Non-empty cells that fitted no column. */
  unplaced: string[];
}

/** Monotone best-fit assignment of cells to columns: cells may be missing, or left over. */
function alignCells(cells: string[], roles: Array<ColumnRole | null>): Array<number | null> {
  const n = cells.length;
  const m = roles.length;
  const score: number[][] = Array.from({ length: n + 1 }, () =>
    Array<number>(m + 1).fill(-Infinity),
  );
  const step: string[][] = Array.from({ length: n + 1 }, () => Array<string>(m + 1).fill(''));
  score[0]![0] = 0;
  const relax = (i: number, j: number, value: number, move: string): void => {
    if (value > score[i]![j]!) {
      score[i]![j] = value;
      step[i]![j] = move;
    }
  };
  for (let i = 0; i <= n; i += 1) {
    for (let j = 0; j <= m; j += 1) {
      const here = score[i]![j]!;
      if (here === -Infinity) continue;
      const cell = cells[i] ?? '';
      const role = roles[j] ?? null;
      if (i < n && j < m) {
        const bonus = i === j ? IN_PLACE : 0;
        relax(i + 1, j + 1, here + (role === null ? 0 : fit(role, cell)) + bonus, 'match');
      }
      if (j < m) relax(i, j + 1, here + MISSING_CELL, 'missing');
      if (i < n) relax(i + 1, j, here + (cell ? EXTRA_CELL : EXTRA_BLANK), 'extra');
    }
  }
  const assigned: Array<number | null> = Array<number | null>(m).fill(null);
  for (let i = n, j = m; i > 0 || j > 0;) {
    const move = step[i]![j];
    if (move === 'match') {
      assigned[j - 1] = i - 1;
      i -= 1;
      j -= 1;
    } else if (move === 'missing') j -= 1;
    else i -= 1;
  }
  return assigned;
}

/** Splits a row into its wordy start (topic, theme, name) and the columns after, then aligns them. */
export function alignRow(cells: string[], roles: Array<ColumnRole | null>): AlignedRow | null {
  const leading = roles.findIndex((role) => !TEXT_ROLES.has(role));
  const textRoles = (leading < 0 ? roles : roles.slice(0, leading)).filter(
    (role): role is ColumnRole => role !== null,
  );
  const nameAt = nameCellIndex(cells);
  if (nameAt < 0) return null;
  const texts = cells.slice(0, nameAt + 1).filter(Boolean);
  const name = texts.pop() ?? '';
  const before = texts.slice(-(textRoles.length - 1 || 1));
  let theme: string | null = null;
  let topic: string | null = null;
  const hasTheme = textRoles.includes('theme');
  const hasTopic = textRoles.includes('topic');
  for (const text of before.reverse()) {
    const long = text.split(' ').length > 5;
    if (hasTheme && theme === null && !(long && hasTopic && topic === null)) theme = text;
    else if (topic === null) topic = text;
  }
  const rest = cells.slice(nameAt + 1);
  const restRoles = leading < 0 ? [] : roles.slice(leading);
  const assigned = alignCells(rest, restRoles);
  const aligned: Partial<Record<ColumnRole, string>> = {};
  const used = new Set<number>();
  restRoles.forEach((role, column) => {
    const index = assigned[column];
    if (role === null || index === null || index === undefined) return;
    aligned[role] = rest[index] ?? '';
    used.add(index);
  });
  const unplaced = rest.filter((cell, index) => cell && !used.has(index));
  return { topic, theme, name, cells: aligned, unplaced };
}

/** Whether the row's cells look like a dashboard row at all (some figure, period or status). */
export function hasIndicatorCells(row: AlignedRow): boolean {
  return Object.values(row.cells).some((cell) => cell && cellKind(cell) !== 'text');
}
